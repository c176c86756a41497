using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Reference;

internal sealed class ProgramInfoConfiguration : IEntityTypeConfiguration<ProgramInfo>
{
    public void Configure(EntityTypeBuilder<ProgramInfo> b)
    {
        b.ToTable("ProgramInfos");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.AgencyKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.AgencyEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.SummaryKo).HasMaxLength(4000);
        b.Property(x => x.SummaryEn).HasMaxLength(4000);
        b.HasMany(x => x.Figures).WithOne().HasForeignKey(x => x.ProgramCode).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ProgramCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgramFigureConfiguration : IEntityTypeConfiguration<ProgramFigure>
{
    public void Configure(EntityTypeBuilder<ProgramFigure> b)
    {
        b.ToTable("ProgramFigures");
        b.HasKey(x => x.Id);
        b.Property(x => x.ProgramCode).HasMaxLength(60);
        b.Property(x => x.LabelKo).HasMaxLength(300);
        b.Property(x => x.LabelEn).HasMaxLength(300);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.SourceNote).HasMaxLength(500);
        b.HasIndex(x => x.ProgramCode);
    }
}

internal sealed class ProgramStageConfiguration : IEntityTypeConfiguration<ProgramStage>
{
    public void Configure(EntityTypeBuilder<ProgramStage> b)
    {
        b.ToTable("ProgramStages");
        b.HasKey(x => x.Id);
        b.Property(x => x.ProgramCode).HasMaxLength(60);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.SelectionRatio).HasMaxLength(10);
        b.HasIndex(x => x.ProgramCode);
    }
}

internal sealed class SuperGapProjectConfiguration : IEntityTypeConfiguration<SuperGapProject>
{
    public void Configure(EntityTypeBuilder<SuperGapProject> b)
    {
        b.ToTable("SuperGapProjects");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.TitleKo).HasMaxLength(500);
        b.Property(x => x.TitleEn).HasMaxLength(500);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AlchemistThemeConfiguration : IEntityTypeConfiguration<AlchemistTheme>
{
    public void Configure(EntityTypeBuilder<AlchemistTheme> b)
    {
        b.ToTable("AlchemistThemes");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.TitleKo).HasMaxLength(500);
        b.Property(x => x.TitleEn).HasMaxLength(500);
        b.Property(x => x.NoteKo).HasMaxLength(2000);
        b.Property(x => x.NoteEn).HasMaxLength(2000);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CooperationPairConfiguration : IEntityTypeConfiguration<CooperationPair>
{
    public void Configure(EntityTypeBuilder<CooperationPair> b)
    {
        b.ToTable("CooperationPairs");
        b.HasKey(x => x.Id);
        b.Property(x => x.DomesticKo).HasMaxLength(300);
        b.Property(x => x.DomesticEn).HasMaxLength(300);
        b.Property(x => x.PartnerKo).HasMaxLength(300);
        b.Property(x => x.PartnerEn).HasMaxLength(300);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.GoalKo).HasMaxLength(1000);
        b.Property(x => x.GoalEn).HasMaxLength(1000);
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
    }
}
