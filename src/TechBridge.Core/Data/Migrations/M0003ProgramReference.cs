using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Reference data from the sources: programs and figures, super-gap projects, Alchemist themes,
/// example cooperation pairs and the open-innovation cooperation types.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261122000003_ProgramReference")]
public sealed class M0003ProgramReference : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("ProgramInfos", t => new
        {
            Code = t.Text(60),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            AgencyKo = t.Text(200, nullable: true),
            AgencyEn = t.Text(200, nullable: true),
            SummaryKo = t.Text(4000, nullable: true),
            SummaryEn = t.Text(4000, nullable: true),
            Year = t.Column<int>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ProgramInfos", x => x.Code));

        m.CreateTable("ProgramFigures", t => new
        {
            Id = t.Column<Guid>(),
            ProgramCode = t.Text(60),
            SortOrder = t.Column<int>(),
            LabelKo = t.Text(300),
            LabelEn = t.Text(300),
            Value = t.Column<double>(),
            Unit = t.Text(20),
            Year = t.Column<int>(nullable: true),
            SourceNote = t.Text(500, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramFigures", x => x.Id);
            t.ForeignKey("FK_ProgramFigures_ProgramInfos_ProgramCode", x => x.ProgramCode, "ProgramInfos", "Code", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ProgramFigures_ProgramCode", "ProgramFigures", "ProgramCode");

        m.CreateTable("ProgramStages", t => new
        {
            Id = t.Column<Guid>(),
            ProgramCode = t.Text(60),
            StageOrder = t.Column<int>(),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            Years = t.Column<double>(nullable: true),
            Tasks = t.Column<int>(nullable: true),
            BudgetKrwPerTask = t.Column<long>(nullable: true),
            SelectionRatio = t.Text(10, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramStages", x => x.Id);
            t.ForeignKey("FK_ProgramStages_ProgramInfos_ProgramCode", x => x.ProgramCode, "ProgramInfos", "Code", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ProgramStages_ProgramCode", "ProgramStages", "ProgramCode");

        m.CreateTable("SuperGapProjects", t => new
        {
            Code = t.Text(60),
            FieldCode = t.Text(40),
            TitleKo = t.Text(500),
            TitleEn = t.Text(500),
            Year = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SuperGapProjects", x => x.Code);
            t.ForeignKey("FK_SuperGapProjects_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_SuperGapProjects_FieldCode", "SuperGapProjects", "FieldCode");

        m.CreateTable("AlchemistThemes", t => new
        {
            Code = t.Text(60),
            FieldCode = t.Text(40, nullable: true),
            TitleKo = t.Text(500),
            TitleEn = t.Text(500),
            Year = t.Column<int>(nullable: true),
            NoteKo = t.Text(2000, nullable: true),
            NoteEn = t.Text(2000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AlchemistThemes", x => x.Code);
            t.ForeignKey("FK_AlchemistThemes_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_AlchemistThemes_FieldCode", "AlchemistThemes", "FieldCode");

        m.CreateTable("CooperationPairs", t => new
        {
            Id = t.Column<Guid>(),
            SortOrder = t.Column<int>(),
            DomesticKo = t.Text(300),
            DomesticEn = t.Text(300),
            PartnerKo = t.Text(300),
            PartnerEn = t.Text(300),
            CountryCode = t.Text(2, nullable: true),
            GoalKo = t.Text(1000),
            GoalEn = t.Text(1000),
            FieldCode = t.Text(40, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CooperationPairs", x => x.Id);
            t.ForeignKey("FK_CooperationPairs_Countries_CountryCode", x => x.CountryCode, "Countries", "Alpha2", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_CooperationPairs_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_CooperationPairs_CountryCode", "CooperationPairs", "CountryCode");
        m.CreateIndex("IX_CooperationPairs_FieldCode", "CooperationPairs", "FieldCode");

        m.CreateTable("CooperationTypes", t => new
        {
            Code = t.Text(40),
            Direction = t.Text(16),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            DescriptionKo = t.Text(2000, nullable: true),
            DescriptionEn = t.Text(2000, nullable: true),
            SortOrder = t.Column<int>(),
        }, constraints: t => t.PrimaryKey("PK_CooperationTypes", x => x.Code));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CooperationTypes", "CooperationPairs", "AlchemistThemes", "SuperGapProjects", "ProgramStages", "ProgramFigures", "ProgramInfos" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
