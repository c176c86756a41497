using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TechBridge.Core.Shared.Taxonomy;

internal sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> b)
    {
        b.ToTable("Fields");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
    }
}

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> b)
    {
        b.ToTable("Industries");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.HasOne<Directory.Organization>().WithMany().HasForeignKey(x => x.RepresentativeInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.RepresentativeInstitutionId);
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.ToTable("Countries");
        b.HasKey(x => x.Alpha2);
        b.Property(x => x.Alpha2).HasMaxLength(2);
        b.Property(x => x.Alpha3).HasMaxLength(3);
        b.Property(x => x.Numeric).HasMaxLength(3);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
    }
}

internal sealed class RndStageConfiguration : IEntityTypeConfiguration<RndStage>
{
    public void Configure(EntityTypeBuilder<RndStage> b)
    {
        b.ToTable("RndStages");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
    }
}

internal sealed class TrlLevelConfiguration : IEntityTypeConfiguration<TrlLevel>
{
    public void Configure(EntityTypeBuilder<TrlLevel> b)
    {
        b.ToTable("TrlLevels");
        b.HasKey(x => x.Level);
        b.Property(x => x.Level).ValueGeneratedNever();
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.DescriptionKo).HasMaxLength(1000);
        b.Property(x => x.DescriptionEn).HasMaxLength(1000);
    }
}
