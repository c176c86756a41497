using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Accounts;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Ticket).HasMaxLength(16_000);
        b.Property(x => x.UserAgent).HasMaxLength(300);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.HasIndex(x => x.UserId);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganizationLinkRequestConfiguration : IEntityTypeConfiguration<OrganizationLinkRequest>
{
    public void Configure(EntityTypeBuilder<OrganizationLinkRequest> b)
    {
        b.ToTable("OrganizationLinkRequests", t => t.HasCheckConstraint(
            "CK_OrganizationLinkRequests_Status", "\"Status\" IN ('Pending', 'Approved', 'Declined')"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasMaxLength(16).IsConcurrencyToken(); // decided once, even by two approvers at the same moment
        b.Property(x => x.Message).HasMaxLength(1000);
        b.Property(x => x.DecisionNote).HasMaxLength(1000);
        // At most one open request per person, whatever the concurrency.
        b.HasIndex(x => x.UserId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_OrganizationLinkRequests_UserId_Pending");
        b.HasIndex(x => new { x.OrganizationId, x.Status });
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
