using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Service packages of the equipment centers and their lines; a support request's quote may name one.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000013_ServicePackages")]
public sealed class M0013ServicePackages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("ServicePackages", t => new
        {
            Id = t.Column<Guid>(),
            CenterId = t.Column<Guid>(),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            DescriptionKo = t.Text(2000, nullable: true),
            DescriptionEn = t.Text(2000, nullable: true),
            PriceKrw = t.Column<long>(),
            VatExempt = t.Column<bool>(),
            Status = t.Text(16),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ServicePackages", x => x.Id);
            t.ForeignKey("FK_ServicePackages_Organizations_CenterId", x => x.CenterId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_ServicePackages_Status", "\"Status\" IN ('Active', 'Retired')");
            t.CheckConstraint("CK_ServicePackages_Price", "\"PriceKrw\" > 0 AND \"PriceKrw\" <= 1000000000");
        });
        m.CreateIndex("IX_ServicePackages_CenterId_Status", "ServicePackages", ["CenterId", "Status"]);
        m.CreateIndex("IX_ServicePackages_NameKo", "ServicePackages", "NameKo");

        m.CreateTable("ServicePackageComponents", t => new
        {
            PackageId = t.Column<Guid>(),
            Position = t.Column<int>(),
            Kind = t.Text(16),
            EquipmentId = t.Column<Guid>(nullable: true),
            Quantity = t.Column<int>(),
            Unit = t.Text(16),
            Note = t.Text(200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ServicePackageComponents", x => new { x.PackageId, x.Position });
            t.ForeignKey("FK_ServicePackageComponents_ServicePackages_PackageId", x => x.PackageId, "ServicePackages", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ServicePackageComponents_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_ServicePackageComponents_Kind", "\"Kind\" IN ('EquipmentUse', 'TestAnalysis', 'Consulting')");
            t.CheckConstraint("CK_ServicePackageComponents_Unit", "\"Unit\" IN ('Hours', 'Days', 'Samples', 'Sessions')");
            t.CheckConstraint("CK_ServicePackageComponents_Quantity", "\"Quantity\" BETWEEN 1 AND 1000");
        });
        m.CreateIndex("IX_ServicePackageComponents_EquipmentId", "ServicePackageComponents", "EquipmentId");

        if (m.IsSqlite())
        {
            // SQLite adds a column with its reference in one statement (it cannot add a foreign key to an existing table).
            m.Sql("ALTER TABLE \"SupportAssignments\" ADD COLUMN \"PackageId\" TEXT NULL REFERENCES \"ServicePackages\" (\"Id\") ON DELETE RESTRICT");
        }
        else
        {
            m.AddColumn<Guid>("PackageId", "SupportAssignments", nullable: true);
            m.AddForeignKey("FK_SupportAssignments_ServicePackages_PackageId", "SupportAssignments", "PackageId", "ServicePackages",
                principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }

        m.CreateIndex("IX_SupportAssignments_PackageId", "SupportAssignments", "PackageId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.DropIndex("IX_SupportAssignments_PackageId", "SupportAssignments");
        if (!m.IsSqlite())
        {
            m.DropForeignKey("FK_SupportAssignments_ServicePackages_PackageId", "SupportAssignments");
        }

        m.DropColumn("PackageId", "SupportAssignments");
        m.DropTable("ServicePackageComponents");
        m.DropTable("ServicePackages");
    }
}
