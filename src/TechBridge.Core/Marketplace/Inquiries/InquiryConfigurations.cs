using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Marketplace.Inquiries;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> b)
    {
        b.ToTable("Inquiries", t =>
        {
            t.HasCheckConstraint("CK_Inquiries_SubjectKind", CheckSql.OneOf<InquirySubjectKind>("SubjectKind"));
            t.HasCheckConstraint("CK_Inquiries_Status", CheckSql.OneOf<InquiryStatus>("Status"));
            t.HasCheckConstraint("CK_Inquiries_Recipient", "(\"RecipientOrganizationId\" IS NULL) <> (\"RecipientPersonId\" IS NULL)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.SubjectKind).HasMaxLength(16);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.SubjectTitle).HasMaxLength(MarketplaceLimits.TitleLength);
        b.Property(x => x.Subject).HasMaxLength(InquiryLimits.SubjectLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.RecipientOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.RecipientPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.SenderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.SenderOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SenderId, x.CreatedAt });
        b.HasIndex(x => x.RecipientOrganizationId);
        b.HasIndex(x => x.RecipientPersonId);
        b.HasIndex(x => x.SenderOrganizationId);
    }
}

internal sealed class InquiryMessageConfiguration : IEntityTypeConfiguration<InquiryMessage>
{
    public void Configure(EntityTypeBuilder<InquiryMessage> b)
    {
        b.ToTable("InquiryMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Body).HasMaxLength(InquiryLimits.BodyLength);
        b.HasOne<Inquiry>().WithMany().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.InquiryId, x.SentAt });
        b.HasIndex(x => new { x.AuthorUserId, x.SentAt });
    }
}

internal sealed class InquiryReadConfiguration : IEntityTypeConfiguration<InquiryRead>
{
    public void Configure(EntityTypeBuilder<InquiryRead> b)
    {
        b.ToTable("InquiryReads");
        b.HasKey(x => x.Id);
        b.HasOne<Inquiry>().WithMany().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.InquiryId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class InquiryReportConfiguration : IEntityTypeConfiguration<InquiryReport>
{
    public void Configure(EntityTypeBuilder<InquiryReport> b)
    {
        b.ToTable("InquiryReports", t => t.HasCheckConstraint("CK_InquiryReports_Status", CheckSql.OneOf<InquiryReportStatus>("Status")));
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(InquiryLimits.ReasonLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.HasOne<Inquiry>().WithMany().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ReporterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ResolvedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.InquiryId);
        b.HasIndex(x => x.ReporterId);
        b.HasIndex(x => x.ResolvedById);
        b.HasIndex(x => new { x.Status, x.ReportedAt });
    }
}
