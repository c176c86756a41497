using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Selections of calls: the stored ranking report with its inputs' fingerprint, each proposal's outcome, the program manager's adjustments.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261207000020_Selections")]
public sealed class M0020Selections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("CallSelections", t => new
        {
            CallId = t.Column<Guid>(),
            QuotasJson = t.Column<string>(),
            RunById = t.Column<Guid>(),
            RunAt = t.Instant(m),
            BudgetKrw = t.Column<long>(),
            TotalScore = t.Column<double>(),
            TotalCostKrw = t.Column<long>(),
            InputsSha256 = t.Text(64),
            PublishedAt = t.Instant(m, nullable: true),
            PublishedById = t.Column<Guid>(nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CallSelections", x => x.CallId);
            t.ForeignKey("FK_CallSelections_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_CallSelections_Users_RunById", x => x.RunById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_CallSelections_Users_PublishedById", x => x.PublishedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_CallSelections_RunById", "CallSelections", "RunById");
        m.CreateIndex("IX_CallSelections_PublishedById", "CallSelections", "PublishedById");

        m.CreateTable("SelectionEntries", t => new
        {
            CallId = t.Column<Guid>(),
            ProposalId = t.Column<Guid>(),
            Outcome = t.Text(24),
            Rank = t.Column<int>(nullable: true),
            FinalScore = t.Column<double>(nullable: true),
            RawMean = t.Column<double>(nullable: true),
            StageScoresJson = t.Column<string>(),
            CostKrw = t.Column<long>(),
            FieldCode = t.Text(40, nullable: true),
            CountryCode = t.Text(2, nullable: true),
            Adjustment = t.Text(16, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SelectionEntries", x => new { x.CallId, x.ProposalId });
            t.ForeignKey("FK_SelectionEntries_CallSelections_CallId", x => x.CallId, "CallSelections", "CallId", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_SelectionEntries_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_SelectionEntries_Outcome", "\"Outcome\" IN ('Selected', 'NotSelected', 'BelowCutOff', 'RejectedAtScreening')");
            t.CheckConstraint("CK_SelectionEntries_Adjustment", "\"Adjustment\" IS NULL OR \"Adjustment\" IN ('ForceIn', 'ForceOut')");
        });
        m.CreateIndex("IX_SelectionEntries_ProposalId", "SelectionEntries", "ProposalId", unique: true);

        m.CreateTable("SelectionAdjustments", t => new
        {
            CallId = t.Column<Guid>(),
            ProposalId = t.Column<Guid>(),
            Kind = t.Text(16),
            Justification = t.Text(1000),
            ById = t.Column<Guid>(),
            At = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SelectionAdjustments", x => new { x.CallId, x.ProposalId });
            t.ForeignKey("FK_SelectionAdjustments_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_SelectionAdjustments_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SelectionAdjustments_Users_ById", x => x.ById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_SelectionAdjustments_Kind", "\"Kind\" IN ('ForceIn', 'ForceOut')");
        });
        m.CreateIndex("IX_SelectionAdjustments_ProposalId", "SelectionAdjustments", "ProposalId");
        m.CreateIndex("IX_SelectionAdjustments_ById", "SelectionAdjustments", "ById");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SelectionAdjustments");
        migrationBuilder.DropTable("SelectionEntries");
        migrationBuilder.DropTable("CallSelections");
    }
}
