using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Disposals;

internal sealed class DisposalCaseConfiguration : IEntityTypeConfiguration<DisposalCase>
{
    /// <summary>The filter of the index that allows one open case per item.</summary>
    public const string OpenFilter = "\"Status\" IN ('Proposed', 'ApprovedForTransfer', 'ApprovedForDisposal')";

    public void Configure(EntityTypeBuilder<DisposalCase> b)
    {
        b.ToTable("DisposalCases", t =>
        {
            t.HasCheckConstraint("CK_DisposalCases_Status", CheckSql.OneOf<DisposalStatus>("Status"));
            t.HasCheckConstraint("CK_DisposalCases_ReasonKind", CheckSql.OneOf<DisposalReasonKind>("ReasonKind"));
            t.HasCheckConstraint("CK_DisposalCases_PreviousStatus", CheckSql.OneOf<EquipmentStatus>("PreviousStatus"));
            t.HasCheckConstraint("CK_DisposalCases_DisposalMethod", "\"DisposalMethod\" IS NULL OR " + CheckSql.OneOf<DisposalMethod>("DisposalMethod"));
            t.HasCheckConstraint("CK_DisposalCases_Transfer", "\"Status\" NOT IN ('ApprovedForTransfer', 'TransferAccepted') OR \"ReceivingCenterId\" IS NOT NULL");
            t.HasCheckConstraint("CK_DisposalCases_Disposed", "\"Status\" <> 'Disposed' OR (\"DisposedOn\" IS NOT NULL AND \"DisposalMethod\" IS NOT NULL)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.IndustryCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.ReasonKind).HasMaxLength(16);
        b.Property(x => x.ReasonText).HasMaxLength(DisposalLimits.TextLength);
        b.Property(x => x.Status).HasMaxLength(24);
        b.Property(x => x.PreviousStatus).HasMaxLength(24);
        b.Property(x => x.DecisionReason).HasMaxLength(DisposalLimits.ReasonLength);
        b.Property(x => x.DisposalMethod).HasMaxLength(16);
        b.ComplexProperty(x => x.Evidence, e =>
        {
            e.Property(v => v.FirstMonth).HasColumnName("EvidenceFirstMonth");
            e.Property(v => v.LastMonth).HasColumnName("EvidenceLastMonth");
            e.Property(v => v.BookedHours).HasColumnName("EvidenceBookedHours");
            e.Property(v => v.OpenHours).HasColumnName("EvidenceOpenHours");
            e.Property(v => v.Rate).HasColumnName("EvidenceRate");
            e.Property(v => v.YearAcquired).HasColumnName("EvidenceYearAcquired");
        });
        b.HasOne<Equipment>().WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.ReceivingCenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Industry>().WithMany().HasForeignKey(x => x.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ProposedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.EquipmentId).IsUnique().HasFilter(OpenFilter).HasDatabaseName("IX_DisposalCases_EquipmentId_Open");
        b.HasIndex(x => new { x.CenterId, x.Status });
        b.HasIndex(x => new { x.ReceivingCenterId, x.Status });
        b.HasIndex(x => new { x.IndustryCode, x.Status });
        b.HasIndex(x => x.ProposedById);
    }
}

internal sealed class DisposalEventConfiguration : IEntityTypeConfiguration<DisposalEvent>
{
    public void Configure(EntityTypeBuilder<DisposalEvent> b)
    {
        b.ConfigureTimelineEvent<DisposalEvent, DisposalEventKind, DisposalCase>("DisposalEvents", nameof(DisposalEvent.CaseId), DisposalLimits.TextLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CenterId);
    }
}
