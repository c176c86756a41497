using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Review.Pool;

namespace TechBridge.Core.Programs.Review.Declarations;

internal sealed class ReviewerDeclarationConfiguration : IEntityTypeConfiguration<ReviewerDeclaration>
{
    public void Configure(EntityTypeBuilder<ReviewerDeclaration> b)
    {
        b.ToTable("ReviewerDeclarations", t =>
        {
            t.HasCheckConstraint("CK_ReviewerDeclarations_Subject", "\"OrganizationId\" IS NOT NULL OR \"OrganizationName\" IS NOT NULL OR \"PersonName\" IS NOT NULL");
            t.HasCheckConstraint("CK_ReviewerDeclarations_Organization", "\"OrganizationId\" IS NULL OR \"OrganizationName\" IS NULL");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.OrganizationName).HasMaxLength(DeclarationLimits.OrganizationNameLength);
        b.Property(x => x.PersonName).HasMaxLength(DeclarationLimits.PersonNameLength);
        b.Property(x => x.Reason).HasMaxLength(DeclarationLimits.ReasonLength);
        b.HasOne<PoolReviewer>().WithMany().HasForeignKey(x => x.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ReviewerId);
        b.HasIndex(x => x.OrganizationId);
    }
}
