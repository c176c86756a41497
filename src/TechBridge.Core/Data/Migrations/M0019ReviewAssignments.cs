using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Review stages at work: rubrics and stage state, reviewer assignments with their reviews, optimisation runs, stage results, applicants' exclusion requests.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261207000019_ReviewAssignments")]
public sealed class M0019ReviewAssignments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.AddColumn<bool>("KeepsRawScores", "ProgramCalls", nullable: false, defaultValue: false);
        m.AddColumn<string>("RubricJson", "ProgramCallStages", nullable: true);
        if (m.IsSqlite())
        {
            m.AddColumn<long>("ReleasedAt", "ProgramCallStages", nullable: true);
            m.AddColumn<long>("ClosedAt", "ProgramCallStages", nullable: true);
        }
        else
        {
            m.AddColumn<DateTimeOffset>("ReleasedAt", "ProgramCallStages", nullable: true);
            m.AddColumn<DateTimeOffset>("ClosedAt", "ProgramCallStages", nullable: true);
        }

        m.CreateTable("ReviewAssignments", t => new
        {
            Id = t.Column<Guid>(),
            CallId = t.Column<Guid>(),
            ProposalId = t.Column<Guid>(),
            StagePosition = t.Column<int>(),
            StageKind = t.Text(24),
            ReviewerId = t.Column<Guid>(),
            Status = t.Text(16),
            IsLocked = t.Column<bool>(),
            Affinity = t.Column<double>(),
            CreatedAt = t.Instant(m),
            CreatedById = t.Column<Guid>(nullable: true),
            ReleasedAt = t.Instant(m, nullable: true),
            DeclinedAt = t.Instant(m, nullable: true),
            DeclineReason = t.Text(24, nullable: true),
            DeclineNote = t.Text(1000, nullable: true),
            Total = t.Column<double>(nullable: true),
            CommentToApplicant = t.Text(4000, nullable: true),
            CommentToManagers = t.Text(4000, nullable: true),
            SavedAt = t.Instant(m, nullable: true),
            SubmittedAt = t.Instant(m, nullable: true),
            RemindedAt = t.Instant(m, nullable: true),
            EscalatedAt = t.Instant(m, nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ReviewAssignments", x => x.Id);
            t.ForeignKey("FK_ReviewAssignments_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ReviewAssignments_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ReviewAssignments_Reviewers_ReviewerId", x => x.ReviewerId, "Reviewers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ReviewAssignments_Users_CreatedById", x => x.CreatedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_ReviewAssignments_Status", "\"Status\" IN ('Proposed', 'Excluded', 'Released', 'Declined', 'Submitted')");
            t.CheckConstraint("CK_ReviewAssignments_StageKind", "\"StageKind\" IN ('Screening', 'OverseasPeerReview', 'DomesticPanel')");
            t.CheckConstraint("CK_ReviewAssignments_DeclineReason",
                "\"DeclineReason\" IS NULL OR \"DeclineReason\" IN ('ConflictOfInterest', 'OutsideExpertise', 'Unavailable', 'Other')");
            t.CheckConstraint("CK_ReviewAssignments_Total", "\"Total\" IS NULL OR \"Total\" BETWEEN 0 AND 100");
        });
        m.CreateIndex("IX_ReviewAssignments_ProposalId_StagePosition_ReviewerId", "ReviewAssignments", ["ProposalId", "StagePosition", "ReviewerId"], unique: true);
        m.CreateIndex("IX_ReviewAssignments_CallId_StagePosition_Status", "ReviewAssignments", ["CallId", "StagePosition", "Status"]);
        m.CreateIndex("IX_ReviewAssignments_ReviewerId_Status", "ReviewAssignments", ["ReviewerId", "Status"]);
        m.CreateIndex("IX_ReviewAssignments_CreatedById", "ReviewAssignments", "CreatedById");

        m.CreateTable("ReviewCriterionScores", t => new
        {
            AssignmentId = t.Column<Guid>(),
            Position = t.Column<int>(),
            Score = t.Column<int>(),
            Comment = t.Text(4000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ReviewCriterionScores", x => new { x.AssignmentId, x.Position });
            t.ForeignKey("FK_ReviewCriterionScores_ReviewAssignments_AssignmentId", x => x.AssignmentId, "ReviewAssignments", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ReviewCriterionScores_Score", "\"Score\" BETWEEN 0 AND 10");
        });

        m.CreateTable("AssignmentRuns", t => new
        {
            Id = t.Column<Guid>(),
            CallId = t.Column<Guid>(),
            StagePosition = t.Column<int>(),
            RunById = t.Column<Guid>(),
            RunAt = t.Instant(m),
            ReviewersPerProposal = t.Column<int>(),
            Proposals = t.Column<int>(),
            Reviewers = t.Column<int>(),
            Conflicts = t.Column<int>(),
            Pairs = t.Column<int>(),
            TotalAffinity = t.Column<double>(),
            Method = t.Text(16),
            ProvedOptimal = t.Column<bool>(),
            MinimumOverseas = t.Column<int>(),
            ShortJson = t.Column<string>(),
            Milliseconds = t.Column<double>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AssignmentRuns", x => x.Id);
            t.ForeignKey("FK_AssignmentRuns_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AssignmentRuns_Users_RunById", x => x.RunById, "Users", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_AssignmentRuns_CallId_StagePosition_RunAt", "AssignmentRuns", ["CallId", "StagePosition", "RunAt"]);
        m.CreateIndex("IX_AssignmentRuns_RunById", "AssignmentRuns", "RunById");

        m.CreateTable("StageResults", t => new
        {
            CallId = t.Column<Guid>(),
            StagePosition = t.Column<int>(),
            ProposalId = t.Column<Guid>(),
            Score = t.Column<double>(),
            RawMean = t.Column<double>(),
            Reviews = t.Column<int>(),
            Advanced = t.Column<bool>(),
            ClosedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_StageResults", x => new { x.CallId, x.StagePosition, x.ProposalId });
            t.ForeignKey("FK_StageResults_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_StageResults_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_StageResults_ProposalId", "StageResults", "ProposalId");

        m.CreateTable("ProposalExclusionRequests", t => new
        {
            Id = t.Column<Guid>(),
            ProposalId = t.Column<Guid>(),
            PersonName = t.Text(200),
            Organization = t.Text(200, nullable: true),
            Reason = t.Text(1000),
            CreatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProposalExclusionRequests", x => x.Id);
            t.ForeignKey("FK_ProposalExclusionRequests_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ProposalExclusionRequests_ProposalId", "ProposalExclusionRequests", "ProposalId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.DropTable("ProposalExclusionRequests");
        m.DropTable("StageResults");
        m.DropTable("AssignmentRuns");
        m.DropTable("ReviewCriterionScores");
        m.DropTable("ReviewAssignments");
        m.DropColumn("ClosedAt", "ProgramCallStages");
        m.DropColumn("ReleasedAt", "ProgramCallStages");
        m.DropColumn("RubricJson", "ProgramCallStages");
        m.DropColumn("KeepsRawScores", "ProgramCalls");
    }
}
