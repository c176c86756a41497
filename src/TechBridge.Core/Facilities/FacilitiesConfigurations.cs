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
