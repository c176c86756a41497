using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// i-Platform research equipment (with the fields, R&amp;D stages and services it serves), NTB-style public technologies
/// for transfer, and companies' technology needs (with fields and preferred partner countries). Check constraints keep
/// TRL levels in 1–9, statuses to their known names, budgets and timelines positive.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261202000005_FacilitiesAndMarketplace")]
public sealed class M0005FacilitiesAndMarketplace : Migration
{
    private const string TrlRange =
        "(\"TrlMin\" IS NULL OR \"TrlMin\" BETWEEN 1 AND 9) AND (\"TrlMax\" IS NULL OR \"TrlMax\" BETWEEN 1 AND 9) AND (\"TrlMin\" IS NULL OR \"TrlMax\" IS NULL OR \"TrlMin\" <= \"TrlMax\")";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        CreateEquipment(m);
        CreatePublicTechnologies(m);
        CreateTechnologyNeeds(m);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "TechnologyNeedCountries", "TechnologyNeedFields", "TechnologyNeeds", "PublicTechnologyFields", "PublicTechnologies",
                     "EquipmentOfferings", "EquipmentStages", "EquipmentFields", "Equipment",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateEquipment(MigrationBuilder m)
    {
        m.CreateTable("Equipment", t => new
        {
            Id = t.Column<Guid>(),
            CenterId = t.Column<Guid>(),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            Model = t.Text(100, nullable: true),
            Manufacturer = t.Text(200, nullable: true),
            IndustryCode = t.Text(40),
            TrlMin = t.Column<int>(),
            TrlMax = t.Column<int>(),
            DescriptionKo = t.Text(4000),
            DescriptionEn = t.Text(4000, nullable: true),
            YearAcquired = t.Column<int>(nullable: true),
            Status = t.Text(32),
            FeeNote = t.Text(500, nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Equipment", x => x.Id);
            t.ForeignKey("FK_Equipment_Organizations_CenterId", x => x.CenterId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Equipment_Industries_IndustryCode", x => x.IndustryCode, "Industries", "Code", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Equipment_Trl", TrlRange);
            t.CheckConstraint("CK_Equipment_Status", "\"Status\" IN ('Available', 'UnderMaintenance', 'Retired')");
            t.CheckConstraint("CK_Equipment_YearAcquired", "\"YearAcquired\" IS NULL OR \"YearAcquired\" >= 1950");
        });
        m.CreateIndex("IX_Equipment_CenterId", "Equipment", "CenterId");
        m.CreateIndex("IX_Equipment_IndustryCode", "Equipment", "IndustryCode");
        m.CreateIndex("IX_Equipment_Status", "Equipment", "Status");
        m.CreateIndex("IX_Equipment_NameKo", "Equipment", "NameKo");
        m.CreateIndex("IX_Equipment_NameEn", "Equipment", "NameEn");

        m.CreateTable("EquipmentFields", t => new
        {
            EquipmentId = t.Column<Guid>(),
            FieldCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EquipmentFields", x => new { x.EquipmentId, x.FieldCode });
            t.ForeignKey("FK_EquipmentFields_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EquipmentFields_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EquipmentFields_FieldCode", "EquipmentFields", "FieldCode");

        m.CreateTable("EquipmentStages", t => new
        {
            EquipmentId = t.Column<Guid>(),
            StageCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EquipmentStages", x => new { x.EquipmentId, x.StageCode });
            t.ForeignKey("FK_EquipmentStages_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EquipmentStages_RndStages_StageCode", x => x.StageCode, "RndStages", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EquipmentStages_StageCode", "EquipmentStages", "StageCode");

        m.CreateTable("EquipmentOfferings", t => new
        {
            EquipmentId = t.Column<Guid>(),
            Service = t.Text(32),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EquipmentOfferings", x => new { x.EquipmentId, x.Service });
            t.ForeignKey("FK_EquipmentOfferings_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_EquipmentOfferings_Service", "\"Service\" IN ('EquipmentUse', 'TestAnalysis', 'Consulting')");
        });
        m.CreateIndex("IX_EquipmentOfferings_Service", "EquipmentOfferings", "Service");
    }

    private static void CreatePublicTechnologies(MigrationBuilder m)
    {
        m.CreateTable("PublicTechnologies", t => new
        {
            Id = t.Column<Guid>(),
            OwnerId = t.Column<Guid>(),
            TitleKo = t.Text(300),
            TitleEn = t.Text(300),
            Summary = t.Text(4000),
            Keywords = t.Text(1000, nullable: true),
            Trl = t.Column<int>(),
            PatentNumbers = t.Text(1000, nullable: true),
            RndTask = t.Text(500, nullable: true),
            TransferTerms = t.Text(2000, nullable: true),
            Status = t.Text(32),
            ContactPersonId = t.Column<Guid>(nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PublicTechnologies", x => x.Id);
            t.ForeignKey("FK_PublicTechnologies_Organizations_OwnerId", x => x.OwnerId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_PublicTechnologies_People_ContactPersonId", x => x.ContactPersonId, "People", "Id", onDelete: ReferentialAction.SetNull);
            t.CheckConstraint("CK_PublicTechnologies_Trl", "\"Trl\" BETWEEN 1 AND 9");
            t.CheckConstraint("CK_PublicTechnologies_Status", "\"Status\" IN ('Available', 'UnderNegotiation', 'Licensed')");
        });
        m.CreateIndex("IX_PublicTechnologies_OwnerId", "PublicTechnologies", "OwnerId");
        m.CreateIndex("IX_PublicTechnologies_ContactPersonId", "PublicTechnologies", "ContactPersonId");
        m.CreateIndex("IX_PublicTechnologies_Status", "PublicTechnologies", "Status");
        m.CreateIndex("IX_PublicTechnologies_TitleKo", "PublicTechnologies", "TitleKo");

        m.CreateTable("PublicTechnologyFields", t => new
        {
            TechnologyId = t.Column<Guid>(),
            FieldCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PublicTechnologyFields", x => new { x.TechnologyId, x.FieldCode });
            t.ForeignKey("FK_PublicTechnologyFields_PublicTechnologies_TechnologyId", x => x.TechnologyId, "PublicTechnologies", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_PublicTechnologyFields_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_PublicTechnologyFields_FieldCode", "PublicTechnologyFields", "FieldCode");
    }

    private static void CreateTechnologyNeeds(MigrationBuilder m)
    {
        m.CreateTable("TechnologyNeeds", t => new
        {
            Id = t.Column<Guid>(),
            CompanyId = t.Column<Guid>(),
            Title = t.Text(300),
            Description = t.Text(4000),
            RndStageCode = t.Text(40),
            TrlMin = t.Column<int>(nullable: true),
            TrlMax = t.Column<int>(nullable: true),
            BudgetKrw = t.Column<long>(nullable: true),
            TimelineMonths = t.Column<int>(nullable: true),
            CooperationTypeCode = t.Text(40),
            Status = t.Text(32),
            CreatedById = t.Column<Guid>(nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_TechnologyNeeds", x => x.Id);
            t.ForeignKey("FK_TechnologyNeeds_Organizations_CompanyId", x => x.CompanyId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_TechnologyNeeds_RndStages_RndStageCode", x => x.RndStageCode, "RndStages", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_TechnologyNeeds_CooperationTypes_CooperationTypeCode", x => x.CooperationTypeCode, "CooperationTypes", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_TechnologyNeeds_Users_CreatedById", x => x.CreatedById, "Users", "Id", onDelete: ReferentialAction.SetNull);
            t.CheckConstraint("CK_TechnologyNeeds_Trl", TrlRange);
            t.CheckConstraint("CK_TechnologyNeeds_Status", "\"Status\" IN ('Open', 'Matched', 'Closed')");
            t.CheckConstraint("CK_TechnologyNeeds_Budget", "\"BudgetKrw\" IS NULL OR \"BudgetKrw\" >= 0");
            t.CheckConstraint("CK_TechnologyNeeds_Timeline", "\"TimelineMonths\" IS NULL OR \"TimelineMonths\" > 0");
        });
        m.CreateIndex("IX_TechnologyNeeds_CompanyId", "TechnologyNeeds", "CompanyId");
        m.CreateIndex("IX_TechnologyNeeds_RndStageCode", "TechnologyNeeds", "RndStageCode");
        m.CreateIndex("IX_TechnologyNeeds_CooperationTypeCode", "TechnologyNeeds", "CooperationTypeCode");
        m.CreateIndex("IX_TechnologyNeeds_CreatedById", "TechnologyNeeds", "CreatedById");
        m.CreateIndex("IX_TechnologyNeeds_Status", "TechnologyNeeds", "Status");
        m.CreateIndex("IX_TechnologyNeeds_CreatedAt", "TechnologyNeeds", "CreatedAt");

        m.CreateTable("TechnologyNeedFields", t => new
        {
            NeedId = t.Column<Guid>(),
            FieldCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_TechnologyNeedFields", x => new { x.NeedId, x.FieldCode });
            t.ForeignKey("FK_TechnologyNeedFields_TechnologyNeeds_NeedId", x => x.NeedId, "TechnologyNeeds", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_TechnologyNeedFields_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_TechnologyNeedFields_FieldCode", "TechnologyNeedFields", "FieldCode");

        m.CreateTable("TechnologyNeedCountries", t => new
        {
            NeedId = t.Column<Guid>(),
            CountryCode = t.Text(2),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_TechnologyNeedCountries", x => new { x.NeedId, x.CountryCode });
            t.ForeignKey("FK_TechnologyNeedCountries_TechnologyNeeds_NeedId", x => x.NeedId, "TechnologyNeeds", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_TechnologyNeedCountries_Countries_CountryCode", x => x.CountryCode, "Countries", "Alpha2", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_TechnologyNeedCountries_CountryCode", "TechnologyNeedCountries", "CountryCode");
    }
}
