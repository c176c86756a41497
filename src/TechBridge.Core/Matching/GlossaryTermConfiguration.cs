using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TechBridge.Core.Matching;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> b)
    {
        b.ToTable("GlossaryTerms");
        b.HasKey(x => x.Id);
        b.Property(x => x.Korean).HasMaxLength(200);
        b.Property(x => x.English).HasMaxLength(200);
        b.Property(x => x.Fields).HasMaxLength(400);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.Korean, x.English }).IsUnique();
        b.Property(x => x.SeedKey).HasMaxLength(410);
        b.HasIndex(x => x.SeedKey).IsUnique();
        b.Property(x => x.IsRemoved).HasDefaultValue(false); // added to a table that already held pairs
        b.Ignore(x => x.IsSeeded);
    }
}
