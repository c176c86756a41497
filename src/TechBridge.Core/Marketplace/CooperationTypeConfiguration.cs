using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace;

internal sealed class CooperationTypeConfiguration : IEntityTypeConfiguration<CooperationType>
{
    public void Configure(EntityTypeBuilder<CooperationType> b)
    {
        b.ToTable("CooperationTypes");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.Direction).HasMaxLength(16);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.DescriptionKo).HasMaxLength(2000);
        b.Property(x => x.DescriptionEn).HasMaxLength(2000);
    }
}
