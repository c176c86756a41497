using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace;

internal sealed class PublicTechnologyConfiguration : IEntityTypeConfiguration<PublicTechnology>
{
    public void Configure(EntityTypeBuilder<PublicTechnology> b)
    {
        b.ToTable("PublicTechnologies", t =>
        {
            t.HasCheckConstraint("CK_PublicTechnologies_Trl", CheckSql.Trl("Trl"));
            t.HasCheckConstraint("CK_PublicTechnologies_Status", CheckSql.OneOf<LicensingStatus>("Status"));
            t.HasCheckConstraint("CK_PublicTechnologies_Fee", "(\"FeeMinKrw\" IS NULL OR \"FeeMinKrw\" >= 0) AND (\"FeeMaxKrw\" IS NULL OR \"FeeMaxKrw\" >= 0) AND (\"FeeMinKrw\" IS NULL OR \"FeeMaxKrw\" IS NULL OR \"FeeMinKrw\" <= \"FeeMaxKrw\")");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.TitleKo).HasMaxLength(MarketplaceLimits.TitleLength);
        b.Property(x => x.TitleEn).HasMaxLength(MarketplaceLimits.TitleLength);
        b.Property(x => x.Summary).HasMaxLength(MarketplaceLimits.TextLength);
        b.Property(x => x.Keywords).HasMaxLength(MarketplaceLimits.KeywordsLength);
        b.Property(x => x.ReferenceKey).HasMaxLength(MarketplaceLimits.ReferenceKeyLength);
        b.Property(x => x.RndTaskNumber).HasMaxLength(MarketplaceLimits.RndTaskNumberLength);
        b.Property(x => x.RndAgency).HasMaxLength(MarketplaceLimits.RndAgencyLength);
        b.Property(x => x.RndTaskTitle).HasMaxLength(MarketplaceLimits.RndTaskLength);
        b.Property(x => x.TermsConditions).HasMaxLength(MarketplaceLimits.TransferTermsLength);
        b.Property(x => x.Status).HasMaxLength(32);
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ContactPerson).WithMany().HasForeignKey(x => x.ContactPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.TechnologyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Patents).WithOne().HasForeignKey(x => x.TechnologyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OwnerId);
        b.HasIndex(x => new { x.OwnerId, x.ReferenceKey }).IsUnique();
        b.HasIndex(x => x.ContactPersonId);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.TitleKo);
    }
}

internal sealed class PublicTechnologyFieldConfiguration : IEntityTypeConfiguration<PublicTechnologyField>
{
    public void Configure(EntityTypeBuilder<PublicTechnologyField> b)
    {
        b.ToTable("PublicTechnologyFields");
        b.HasKey(x => new { x.TechnologyId, x.FieldCode });
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FieldCode);
    }
}

internal sealed class PublicTechnologyPatentConfiguration : IEntityTypeConfiguration<PublicTechnologyPatent>
{
    public void Configure(EntityTypeBuilder<PublicTechnologyPatent> b)
    {
        b.ToTable("PublicTechnologyPatents", t =>
        {
            t.HasCheckConstraint("CK_PublicTechnologyPatents_Status", CheckSql.OneOf<PatentStatus>("Status"));
            t.HasCheckConstraint("CK_PublicTechnologyPatents_Dates", "\"FilingDate\" IS NULL OR \"ExpiryDate\" IS NULL OR \"FilingDate\" < \"ExpiryDate\"");
        });
        b.HasKey(x => new { x.TechnologyId, x.Position });
        b.Property(x => x.ApplicationNumber).HasMaxLength(MarketplaceLimits.PatentNumberLength);
        b.Property(x => x.RegistrationNumber).HasMaxLength(MarketplaceLimits.PatentNumberLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Countries).HasMaxLength(MarketplaceLimits.PatentCountriesLength);
        b.HasIndex(x => x.ApplicationNumber);
    }
}

internal sealed class TechnologyNeedConfiguration : IEntityTypeConfiguration<TechnologyNeed>
{
    public void Configure(EntityTypeBuilder<TechnologyNeed> b)
    {
        b.ToTable("TechnologyNeeds", t =>
        {
            t.HasCheckConstraint("CK_TechnologyNeeds_Trl", CheckSql.TrlRange("TrlMin", "TrlMax"));
            t.HasCheckConstraint("CK_TechnologyNeeds_Status", CheckSql.OneOf<NeedStatus>("Status"));
            t.HasCheckConstraint("CK_TechnologyNeeds_Budget", CheckSql.NullOrAtLeast("BudgetKrw", 0));
            t.HasCheckConstraint("CK_TechnologyNeeds_Timeline", CheckSql.NullOrPositive("TimelineMonths"));
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(MarketplaceLimits.TitleLength);
        b.Property(x => x.Description).HasMaxLength(MarketplaceLimits.TextLength);
        b.Property(x => x.RndStageCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.CooperationTypeCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.Status).HasMaxLength(32);
        b.HasOne(x => x.Company).WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RndStage>().WithMany().HasForeignKey(x => x.RndStageCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CooperationType>().WithMany().HasForeignKey(x => x.CooperationTypeCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.NeedId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Countries).WithOne().HasForeignKey(x => x.NeedId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CompanyId);
        b.HasIndex(x => x.RndStageCode);
        b.HasIndex(x => x.CooperationTypeCode);
        b.HasIndex(x => x.CreatedById);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.CreatedAt);
    }
}

internal sealed class TechnologyNeedFieldConfiguration : IEntityTypeConfiguration<TechnologyNeedField>
{
    public void Configure(EntityTypeBuilder<TechnologyNeedField> b)
    {
        b.ToTable("TechnologyNeedFields");
        b.HasKey(x => new { x.NeedId, x.FieldCode });
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FieldCode);
    }
}

internal sealed class TechnologyNeedCountryConfiguration : IEntityTypeConfiguration<TechnologyNeedCountry>
{
    public void Configure(EntityTypeBuilder<TechnologyNeedCountry> b)
    {
        b.ToTable("TechnologyNeedCountries");
        b.HasKey(x => new { x.NeedId, x.CountryCode });
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CountryCode);
    }
}
