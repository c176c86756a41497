using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities;

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> b)
    {
        b.ToTable("Equipment", t =>
        {
            t.HasCheckConstraint("CK_Equipment_Trl", CheckSql.TrlRange("TrlMin", "TrlMax"));
            t.HasCheckConstraint("CK_Equipment_Status", CheckSql.OneOf<EquipmentStatus>("Status"));
            t.HasCheckConstraint("CK_Equipment_YearAcquired", CheckSql.NullOrAtLeast("YearAcquired", EquipmentLimits.FirstYear));
            t.HasCheckConstraint("CK_Equipment_FeeUnit", CheckSql.OneOf<FeeUnit>("FeeUnit"));
            t.HasCheckConstraint("CK_Equipment_Fee", "\"FeeKrw\" >= 0");
            t.HasCheckConstraint("CK_Equipment_OperatingHours", "\"OpensAtMinute\" >= 0 AND \"ClosesAtMinute\" <= 1440 AND \"OpensAtMinute\" < \"ClosesAtMinute\"");
            t.HasCheckConstraint("CK_Equipment_BookingHours",
                "\"MinBookingHours\" >= 1 AND \"MaxBookingHours\" >= \"MinBookingHours\" AND \"LeadHours\" >= 0 AND \"CancelHours\" >= 0");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.Model).HasMaxLength(EquipmentLimits.ModelLength);
        b.Property(x => x.Manufacturer).HasMaxLength(EquipmentLimits.ManufacturerLength);
        b.Property(x => x.IndustryCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.DescriptionKo).HasMaxLength(EquipmentLimits.DescriptionLength);
        b.Property(x => x.DescriptionEn).HasMaxLength(EquipmentLimits.DescriptionLength);
        b.Property(x => x.Status).HasMaxLength(32);
        b.Property(x => x.FeeNote).HasMaxLength(EquipmentLimits.FeeNoteLength);
        b.Property(x => x.FeeUnit).HasMaxLength(16);
        b.Property(x => x.OperatingDays).HasConversion<int>();
        b.Ignore(x => x.Rules);
        b.HasMany(x => x.Blackouts).WithOne().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Center).WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Industry>().WithMany().HasForeignKey(x => x.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Offerings).WithOne().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CenterId);
        b.HasIndex(x => x.IndustryCode);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.NameKo);
        b.HasIndex(x => x.NameEn);
    }
}

internal sealed class EquipmentFieldConfiguration : IEntityTypeConfiguration<EquipmentField>
{
    public void Configure(EntityTypeBuilder<EquipmentField> b)
    {
        b.ToTable("EquipmentFields");
        b.HasKey(x => new { x.EquipmentId, x.FieldCode });
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FieldCode);
    }
}

internal sealed class EquipmentStageConfiguration : IEntityTypeConfiguration<EquipmentStage>
{
    public void Configure(EntityTypeBuilder<EquipmentStage> b)
    {
        b.ToTable("EquipmentStages");
        b.HasKey(x => new { x.EquipmentId, x.StageCode });
        b.Property(x => x.StageCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<RndStage>().WithMany().HasForeignKey(x => x.StageCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StageCode);
    }
}

internal sealed class EquipmentOfferingConfiguration : IEntityTypeConfiguration<EquipmentOffering>
{
    public void Configure(EntityTypeBuilder<EquipmentOffering> b)
    {
        b.ToTable("EquipmentOfferings", t => t.HasCheckConstraint("CK_EquipmentOfferings_Service", CheckSql.OneOf<EquipmentServiceKind>("Service")));
        b.HasKey(x => new { x.EquipmentId, x.Service });
        b.Property(x => x.Service).HasMaxLength(32);
        b.HasIndex(x => x.Service);
    }
}

internal sealed class EquipmentBlackoutConfiguration : IEntityTypeConfiguration<EquipmentBlackout>
{
    public void Configure(EntityTypeBuilder<EquipmentBlackout> b)
    {
        b.ToTable("EquipmentBlackouts", t => t.HasCheckConstraint("CK_EquipmentBlackouts_Period", "\"Start\" < \"End\""));
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(EquipmentLimits.ReasonLength);
        b.HasIndex(x => new { x.EquipmentId, x.Start });
    }
}
