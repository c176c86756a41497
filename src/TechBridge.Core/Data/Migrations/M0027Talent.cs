using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Talent: the talent side of directory people, Hi-TECH matches of companies' needs with young researchers (a call
/// proposal may start from one) and K-TAG advisory requests.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000027_Talent")]
public sealed class M0027Talent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("TalentProfiles", t => new
        {
            PersonId = t.Column<Guid>(),
            Stage = t.Text(32),
            PhdYear = t.Column<int>(nullable: true),
            Employer = t.Text(200, nullable: true),
            IsKtagMember = t.Column<bool>(defaultValue: false),
            Availability = t.Text(16),
            AvailableFrom = t.Column<DateOnly>(nullable: true),
            WillingToConsult = t.Column<bool>(defaultValue: false),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_TalentProfiles", x => x.PersonId);
            t.ForeignKey("FK_TalentProfiles_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_TalentProfiles_Stage", "\"Stage\" IN ('YoungResearcher', 'SeniorResearcher', 'OverseasKoreanEngineer')");
            t.CheckConstraint("CK_TalentProfiles_Availability", "\"Availability\" IN ('FullTime', 'PartTime', 'Unavailable')");
        });
        m.CreateIndex("IX_TalentProfiles_Stage", "TalentProfiles", "Stage");

        m.CreateTable("HiTechMatches", t => new
        {
            Id = t.Column<Guid>(),
            NeedId = t.Column<Guid>(),
            CompanyId = t.Column<Guid>(),
            ResearcherPersonId = t.Column<Guid>(),
            ProposedById = t.Column<Guid>(),
            Message = t.Text(2000, nullable: true),
            Status = t.Text(16),
            DeclineReason = t.Text(500, nullable: true),
            Score = t.Column<double>(),
            ProposedAt = t.Instant(m),
            AnsweredAt = t.Instant(m, nullable: true),
            AnsweredById = t.Column<Guid>(nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_HiTechMatches", x => x.Id);
            t.ForeignKey("FK_HiTechMatches_TechnologyNeeds_NeedId", x => x.NeedId, "TechnologyNeeds", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_HiTechMatches_Organizations_CompanyId", x => x.CompanyId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_HiTechMatches_People_ResearcherPersonId", x => x.ResearcherPersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_HiTechMatches_Users_ProposedById", x => x.ProposedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_HiTechMatches_Users_AnsweredById", x => x.AnsweredById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_HiTechMatches_Status", "\"Status\" IN ('Proposed', 'Accepted', 'Declined', 'Withdrawn')");
        });
        m.CreateIndex("IX_HiTechMatches_NeedId_ResearcherPersonId", "HiTechMatches", ["NeedId", "ResearcherPersonId"], unique: true,
            filter: "\"Status\" IN ('Proposed', 'Accepted')");
        m.CreateIndex("IX_HiTechMatches_ResearcherPersonId", "HiTechMatches", "ResearcherPersonId");
        m.CreateIndex("IX_HiTechMatches_CompanyId", "HiTechMatches", "CompanyId");
        m.CreateIndex("IX_HiTechMatches_ProposedById", "HiTechMatches", "ProposedById");
        m.CreateIndex("IX_HiTechMatches_AnsweredById", "HiTechMatches", "AnsweredById");

        m.CreateTable("AdvisoryRequests", t => new
        {
            Id = t.Column<Guid>(),
            CompanyId = t.Column<Guid>(),
            RequestedById = t.Column<Guid>(),
            Topic = t.Text(200),
            Question = t.Text(4000),
            CountryCode = t.Text(2),
            FieldCode = t.Text(40, nullable: true),
            Status = t.Text(16),
            RequestedAt = t.Instant(m),
            MemberPersonId = t.Column<Guid>(nullable: true),
            AssignedById = t.Column<Guid>(nullable: true),
            AssignedAt = t.Instant(m, nullable: true),
            AssignmentNote = t.Text(2000, nullable: true),
            SessionOn = t.Column<DateOnly>(nullable: true),
            SessionMinutes = t.Column<int>(nullable: true),
            Outcome = t.Text(24, nullable: true),
            OutcomeNote = t.Text(2000, nullable: true),
            LoggedById = t.Column<Guid>(nullable: true),
            CompletedAt = t.Instant(m, nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AdvisoryRequests", x => x.Id);
            t.ForeignKey("FK_AdvisoryRequests_Organizations_CompanyId", x => x.CompanyId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_AdvisoryRequests_Users_RequestedById", x => x.RequestedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_AdvisoryRequests_People_MemberPersonId", x => x.MemberPersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_AdvisoryRequests_Users_AssignedById", x => x.AssignedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_AdvisoryRequests_Users_LoggedById", x => x.LoggedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_AdvisoryRequests_Status", "\"Status\" IN ('Requested', 'Assigned', 'Completed', 'Cancelled')");
            t.CheckConstraint("CK_AdvisoryRequests_Outcome", "\"Outcome\" IS NULL OR \"Outcome\" IN ('AdviceGiven', 'PartnerIntroduced', 'FollowUpPlanned', 'NotPursued')");
        });
        m.CreateIndex("IX_AdvisoryRequests_Status_RequestedAt", "AdvisoryRequests", ["Status", "RequestedAt"]);
        m.CreateIndex("IX_AdvisoryRequests_CompanyId", "AdvisoryRequests", "CompanyId");
        m.CreateIndex("IX_AdvisoryRequests_RequestedById", "AdvisoryRequests", "RequestedById");
        m.CreateIndex("IX_AdvisoryRequests_MemberPersonId", "AdvisoryRequests", "MemberPersonId");
        m.CreateIndex("IX_AdvisoryRequests_AssignedById", "AdvisoryRequests", "AssignedById");
        m.CreateIndex("IX_AdvisoryRequests_LoggedById", "AdvisoryRequests", "LoggedById");

        if (m.IsSqlite())
        {
            // SQLite adds a column with its reference in one statement (it cannot add a foreign key to an existing table).
            m.Sql("ALTER TABLE \"Proposals\" ADD COLUMN \"HiTechMatchId\" TEXT NULL REFERENCES \"HiTechMatches\" (\"Id\") ON DELETE RESTRICT");
        }
        else
        {
            m.AddColumn<Guid>("HiTechMatchId", "Proposals", nullable: true);
            m.AddForeignKey("FK_Proposals_HiTechMatches_HiTechMatchId", "Proposals", "HiTechMatchId", "HiTechMatches",
                principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }

        m.CreateIndex("IX_Proposals_HiTechMatchId", "Proposals", "HiTechMatchId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        if (!m.IsSqlite())
        {
            m.DropForeignKey("FK_Proposals_HiTechMatches_HiTechMatchId", "Proposals");
        }

        m.DropIndex("IX_Proposals_HiTechMatchId", "Proposals");
        m.DropColumn("HiTechMatchId", "Proposals");
        m.DropTable("AdvisoryRequests");
        m.DropTable("HiTechMatches");
        m.DropTable("TalentProfiles");
    }
}
