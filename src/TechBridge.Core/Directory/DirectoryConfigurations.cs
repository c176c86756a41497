using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Directory;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(60);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.Website).HasMaxLength(300);
        b.Property(x => x.SizeClass).HasMaxLength(32);
        b.Property(x => x.IndustryCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Industry>().WithMany().HasForeignKey(x => x.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.Kind);
        b.HasIndex(x => x.CountryCode);
        b.HasIndex(x => x.NameKo);
        b.HasIndex(x => x.NameEn);
    }
}

internal sealed class OrganizationFieldConfiguration : IEntityTypeConfiguration<OrganizationField>
{
    public void Configure(EntityTypeBuilder<OrganizationField> b)
    {
        b.ToTable("OrganizationFields");
        b.HasKey(x => new { x.OrganizationId, x.FieldCode });
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FieldCode);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.NameKo).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(TaxonomyCodes.NameLength);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.HidesContact).HasDefaultValue(false); // added to a table that already held people
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.Bio).HasMaxLength(4000);
        b.Property(x => x.Keywords).HasMaxLength(1000);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.Kind);
        b.HasIndex(x => x.CountryCode);
        b.HasIndex(x => x.NameKo);
        b.HasIndex(x => x.NameEn);
    }
}

internal sealed class PersonFieldConfiguration : IEntityTypeConfiguration<PersonField>
{
    public void Configure(EntityTypeBuilder<PersonField> b)
    {
        b.ToTable("PersonFields");
        b.HasKey(x => new { x.PersonId, x.FieldCode });
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FieldCode);
    }
}

internal sealed class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> b)
    {
        b.ToTable("Affiliations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Role).HasMaxLength(200);
        b.HasOne(x => x.Person).WithMany(x => x.Affiliations).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organization).WithMany(x => x.Affiliations).HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> b)
    {
        b.ToTable("Publications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Abstract).HasMaxLength(8000);
        b.Property(x => x.Venue).HasMaxLength(300);
        b.Property(x => x.Doi).HasMaxLength(200);
        b.Property(x => x.Language).HasMaxLength(8);
    }
}

internal sealed class PublicationAuthorConfiguration : IEntityTypeConfiguration<PublicationAuthor>
{
    public void Configure(EntityTypeBuilder<PublicationAuthor> b)
    {
        b.ToTable("PublicationAuthors");
        b.HasKey(x => new { x.PublicationId, x.PersonId });
        b.HasOne(x => x.Publication).WithMany(x => x.Authors).HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany(x => x.Publications).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId);
    }
}
