using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace.Inquiries;

namespace TechBridge.Core.Marketplace.Deals;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> b)
    {
        b.ToTable("Deals", t =>
        {
            t.HasCheckConstraint("CK_Deals_State", CheckSql.OneOf<DealState>("State"));
            t.HasCheckConstraint("CK_Deals_LostAtStage", CheckSql.OneOf<DealState>("LostAtStage"));
            t.HasCheckConstraint("CK_Deals_LossReason", CheckSql.OneOf<DealLossReason>("LossReason"));
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.State).HasMaxLength(24);
        b.Property(x => x.LostAtStage).HasMaxLength(24);
        b.Property(x => x.LossReason).HasMaxLength(24);
        b.Property(x => x.LossNote).HasMaxLength(DealLimits.LossNoteLength);
        b.HasOne<PublicTechnology>().WithMany().HasForeignKey(x => x.TechnologyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.SellerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.BuyerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.BuyerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inquiry>().WithMany().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.OpenedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.LostById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TechnologyId, x.State });
        b.HasIndex(x => x.SellerOrganizationId);
        b.HasIndex(x => x.BuyerUserId);
        b.HasIndex(x => x.BuyerOrganizationId);
        b.HasIndex(x => x.InquiryId);
        b.HasIndex(x => x.OpenedById);
        b.HasIndex(x => x.LostById);
    }
}

internal sealed class DealStepConfiguration : IEntityTypeConfiguration<DealStep>
{
    public void Configure(EntityTypeBuilder<DealStep> b)
    {
        b.ToTable("DealSteps", t =>
        {
            t.HasCheckConstraint("CK_DealSteps_Stage", CheckSql.OneOf<DealState>("Stage"));
            t.HasCheckConstraint("CK_DealSteps_ActorSide", CheckSql.OneOf<DealSide>("ActorSide"));
            t.HasCheckConstraint("CK_DealSteps_LicenceKind", CheckSql.OneOf<LicenceKind>("LicenceKind"));
            t.HasCheckConstraint("CK_DealSteps_Fee", "\"UpfrontFeeKrw\" IS NULL OR \"UpfrontFeeKrw\" >= 0");
            t.HasCheckConstraint("CK_DealSteps_Royalty", "\"RoyaltyBasisPoints\" IS NULL OR (\"RoyaltyBasisPoints\" >= 0 AND \"RoyaltyBasisPoints\" <= 10000)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Stage).HasMaxLength(24);
        b.Property(x => x.ActorSide).HasMaxLength(16);
        b.Property(x => x.LicenceKind).HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(DealLimits.NoteLength);
        b.HasOne<Deal>().WithMany().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DealId, x.RecordedAt });
        b.HasIndex(x => x.ActorId);
    }
}

internal sealed class DealRevenueReportConfiguration : IEntityTypeConfiguration<DealRevenueReport>
{
    public void Configure(EntityTypeBuilder<DealRevenueReport> b)
    {
        b.ToTable("DealRevenueReports", t =>
        {
            t.HasCheckConstraint("CK_DealRevenueReports_ReportedBySide", CheckSql.OneOf<DealSide>("ReportedBySide"));
            t.HasCheckConstraint("CK_DealRevenueReports_Quarter", "\"Quarter\" BETWEEN 1 AND 4");
            t.HasCheckConstraint("CK_DealRevenueReports_Amounts", "\"RevenueKrw\" >= 0 AND \"RoyaltyPaidKrw\" >= 0");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.ReportedBySide).HasMaxLength(16);
        b.HasOne<Deal>().WithMany().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ReportedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DealId, x.Year, x.Quarter }).IsUnique();
        b.HasIndex(x => x.ReportedById);
    }
}
