using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Data;

namespace TechBridge.Core.Facilities.Packages;

internal sealed class ServicePackageConfiguration : IEntityTypeConfiguration<ServicePackage>
{
    public void Configure(EntityTypeBuilder<ServicePackage> b)
    {
        b.ToTable("ServicePackages", t =>
        {
            t.HasCheckConstraint("CK_ServicePackages_Status", CheckSql.OneOf<PackageStatus>("Status"));
            t.HasCheckConstraint("CK_ServicePackages_Price", $"\"PriceKrw\" > 0 AND \"PriceKrw\" <= {PackageLimits.MaxPriceKrw}");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.NameKo).HasMaxLength(PackageLimits.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(PackageLimits.NameLength);
        b.Property(x => x.DescriptionKo).HasMaxLength(PackageLimits.DescriptionLength);
        b.Property(x => x.DescriptionEn).HasMaxLength(PackageLimits.DescriptionLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.HasOne(x => x.Center).WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Components).WithOne().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CenterId, x.Status });
        b.HasIndex(x => x.NameKo);
    }
}

internal sealed class PackageComponentConfiguration : IEntityTypeConfiguration<PackageComponent>
{
    public void Configure(EntityTypeBuilder<PackageComponent> b)
    {
        b.ToTable("ServicePackageComponents", t =>
        {
            t.HasCheckConstraint("CK_ServicePackageComponents_Kind", CheckSql.OneOf<EquipmentServiceKind>("Kind"));
            t.HasCheckConstraint("CK_ServicePackageComponents_Unit", CheckSql.OneOf<PackageUnit>("Unit"));
            t.HasCheckConstraint("CK_ServicePackageComponents_Quantity", $"\"Quantity\" BETWEEN 1 AND {PackageLimits.MaxQuantity}");
        });
        b.HasKey(x => new { x.PackageId, x.Position });
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Unit).HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(PackageLimits.NoteLength);
        b.HasOne<Equipment>().WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.EquipmentId);
    }
}
