using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Requests;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.ToTable("SupportRequests", t =>
        {
            t.HasCheckConstraint("CK_SupportRequests_Status", CheckSql.OneOf<SupportRequestStatus>("Status"));
            t.HasCheckConstraint("CK_SupportRequests_Trl", "\"Trl\" IS NULL OR \"Trl\" BETWEEN 1 AND 9");
            t.HasCheckConstraint("CK_SupportRequests_Period", "\"PeriodFrom\" <= \"PeriodTo\"");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.IndustryCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.Title).HasMaxLength(SupportRequestLimits.TitleLength);
        b.Property(x => x.Product).HasMaxLength(SupportRequestLimits.ProductLength);
        b.Property(x => x.Problem).HasMaxLength(SupportRequestLimits.ProblemLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Question).HasMaxLength(SupportRequestLimits.MessageLength);
        b.Property(x => x.Reason).HasMaxLength(EquipmentLimits.ReasonLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Industry>().WithMany().HasForeignKey(x => x.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CompanyId, x.CreatedAt });
        b.HasIndex(x => new { x.IndustryCode, x.Status });
        b.HasIndex(x => x.DueAt);
    }
}

internal sealed class SupportRequestStageConfiguration : IEntityTypeConfiguration<SupportRequestStage>
{
    public void Configure(EntityTypeBuilder<SupportRequestStage> b)
    {
        b.ToTable("SupportRequestStages");
        b.HasKey(x => new { x.RequestId, x.StageCode });
        b.Property(x => x.StageCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<RndStage>().WithMany().HasForeignKey(x => x.StageCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StageCode);
    }
}

internal sealed class SupportAssignmentConfiguration : IEntityTypeConfiguration<SupportAssignment>
{
    public void Configure(EntityTypeBuilder<SupportAssignment> b)
    {
        b.ToTable("SupportAssignments", t =>
        {
            t.HasCheckConstraint("CK_SupportAssignments_Status", CheckSql.OneOf<SupportAssignmentStatus>("Status"));
            t.HasCheckConstraint("CK_SupportAssignments_Service", CheckSql.OneOf<EquipmentServiceKind>("Service"));
            t.HasCheckConstraint("CK_SupportAssignments_Slot", "\"SlotStart\" IS NULL OR \"SlotEnd\" IS NULL OR \"SlotStart\" < \"SlotEnd\"");
            t.HasCheckConstraint("CK_SupportAssignments_Price", "(\"PriceKrw\" IS NULL OR \"PriceKrw\" >= 0) AND (\"VatKrw\" IS NULL OR \"VatKrw\" >= 0)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.StageCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.Service).HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(SupportRequestLimits.NoteLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.QuoteNote).HasMaxLength(SupportRequestLimits.NoteLength);
        b.Property(x => x.Reason).HasMaxLength(EquipmentLimits.ReasonLength);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Equipment>().WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RndStage>().WithMany().HasForeignKey(x => x.StageCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Reservation>().WithMany().HasForeignKey(x => x.ReservationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Packages.ServicePackage>().WithMany().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AssignedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.RequestId);
        b.HasIndex(x => new { x.CenterId, x.Status });
        b.HasIndex(x => x.DueAt);
    }
}

internal sealed class SupportRequestEventConfiguration : IEntityTypeConfiguration<SupportRequestEvent>
{
    public void Configure(EntityTypeBuilder<SupportRequestEvent> b)
    {
        b.ConfigureTimelineEvent<SupportRequestEvent, SupportRequestEventKind, SupportRequest>(
            "SupportRequestEvents", nameof(SupportRequestEvent.RequestId), SupportRequestLimits.MessageLength);
        b.HasOne<SupportAssignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AssignmentId);
    }
}
