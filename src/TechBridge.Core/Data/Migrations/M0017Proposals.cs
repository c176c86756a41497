using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Proposals to calls: the consortium's partners, researchers, yearly budget and dispatch plan, the frozen submission; attachment kinds.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000017_Proposals")]
public sealed class M0017Proposals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.AddColumn<string>("Kind", "Attachments", maxLength: 40, nullable: true);

        m.CreateTable("Proposals", t => new
        {
            Id = t.Column<Guid>(),
            CallId = t.Column<Guid>(),
            ApplicantId = t.Column<Guid>(),
            Status = t.Text(16),
            TitleKo = t.Text(200),
            TitleEn = t.Text(200),
            SummaryKo = t.Text(4000, nullable: true),
            SummaryEn = t.Text(4000, nullable: true),
            FieldCode = t.Text(40, nullable: true),
            TopicPosition = t.Column<int>(nullable: true),
            Months = t.Column<int>(nullable: true),
            CannotDevelopDomestically = t.Column<bool>(),
            KeySourceIpHeldAbroad = t.Column<bool>(),
            TechnologyEvidence = t.Text(4000, nullable: true),
            MonthsSaved = t.Column<int>(),
            CostReductionPercent = t.Column<int>(),
            TimeAndCostEvidence = t.Text(4000, nullable: true),
            CertificationEssential = t.Column<bool>(),
            CertificationEvidence = t.Text(4000, nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            SubmittedAt = t.Instant(m, nullable: true),
            WithdrawnAt = t.Instant(m, nullable: true),
            ReceiptNumber = t.Text(20, nullable: true),
            SnapshotJson = t.Column<string>(nullable: true),
            SnapshotSha256 = t.Text(64, nullable: true),
            Screening = t.Text(16, nullable: true),
            ScreeningNote = t.Text(2000, nullable: true),
            ScreenedById = t.Column<Guid>(nullable: true),
            ScreenedAt = t.Instant(m, nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals", x => x.Id);
            t.ForeignKey("FK_Proposals_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Proposals_Users_ApplicantId", x => x.ApplicantId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Proposals_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Proposals_Users_ScreenedById", x => x.ScreenedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Proposals_Status", "\"Status\" IN ('Draft', 'Submitted', 'Withdrawn')");
            t.CheckConstraint("CK_Proposals_Submitted",
                "\"Status\" = 'Draft' OR \"Status\" = 'Withdrawn' OR (\"SubmittedAt\" IS NOT NULL AND \"SnapshotJson\" IS NOT NULL AND \"ReceiptNumber\" IS NOT NULL)");
            t.CheckConstraint("CK_Proposals_Months", "\"Months\" IS NULL OR \"Months\" BETWEEN 1 AND 120");
            t.CheckConstraint("CK_Proposals_Answers", "\"MonthsSaved\" >= 0 AND \"CostReductionPercent\" BETWEEN 0 AND 100");
            t.CheckConstraint("CK_Proposals_Screening", "\"Screening\" IN ('Passed', 'Rejected')");
        });
        m.CreateIndex("IX_Proposals_CallId_Status", "Proposals", ["CallId", "Status"]);
        m.CreateIndex("IX_Proposals_ApplicantId", "Proposals", "ApplicantId");
        m.CreateIndex("IX_Proposals_FieldCode", "Proposals", "FieldCode");
        m.CreateIndex("IX_Proposals_ScreenedById", "Proposals", "ScreenedById");
        m.CreateIndex("IX_Proposals_ReceiptNumber", "Proposals", "ReceiptNumber", unique: true);

        m.CreateTable("ProposalPartners", t => new
        {
            Id = t.Column<Guid>(),
            ProposalId = t.Column<Guid>(),
            Position = t.Column<int>(),
            Role = t.Text(24),
            OrganizationId = t.Column<Guid>(nullable: true),
            Name = t.Text(200),
            CountryCode = t.Text(2),
            ContactName = t.Text(200, nullable: true),
            ContactEmail = t.Text(254, nullable: true),
            Response = t.Text(16),
            InvitedAt = t.Instant(m, nullable: true),
            RespondedAt = t.Instant(m, nullable: true),
            InvitationTokenHash = t.Text(64, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProposalPartners", x => x.Id);
            t.ForeignKey("FK_ProposalPartners_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ProposalPartners_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_ProposalPartners_Role", "\"Role\" IN ('Lead', 'DomesticPartner', 'Overseas')");
            t.CheckConstraint("CK_ProposalPartners_Response", "\"Response\" IN ('Pending', 'Confirmed', 'Declined')");
        });
        m.CreateIndex("IX_ProposalPartners_ProposalId", "ProposalPartners", "ProposalId");
        m.CreateIndex("IX_ProposalPartners_OrganizationId", "ProposalPartners", "OrganizationId");
        m.CreateIndex("IX_ProposalPartners_InvitationTokenHash", "ProposalPartners", "InvitationTokenHash", unique: true);

        m.CreateTable("ProposalResearchers", t => new
        {
            ProposalId = t.Column<Guid>(),
            Position = t.Column<int>(),
            PartnerId = t.Column<Guid>(),
            Name = t.Text(200),
            Email = t.Text(254, nullable: true),
            Role = t.Text(24),
            EffortPercent = t.Column<int>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProposalResearchers", x => new { x.ProposalId, x.Position });
            t.ForeignKey("FK_ProposalResearchers_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ProposalResearchers_ProposalPartners_PartnerId", x => x.PartnerId, "ProposalPartners", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ProposalResearchers_Role", "\"Role\" IN ('PrincipalInvestigator', 'CoInvestigator', 'Researcher')");
            t.CheckConstraint("CK_ProposalResearchers_Effort", "\"EffortPercent\" BETWEEN 1 AND 100");
        });
        m.CreateIndex("IX_ProposalResearchers_PartnerId", "ProposalResearchers", "PartnerId");

        m.CreateTable("ProposalBudgetLines", t => new
        {
            ProposalId = t.Column<Guid>(),
            PartnerId = t.Column<Guid>(),
            Year = t.Column<int>(),
            GovernmentKrw = t.Column<long>(),
            PrivateKrw = t.Column<long>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProposalBudgetLines", x => new { x.PartnerId, x.Year });
            t.ForeignKey("FK_ProposalBudgetLines_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ProposalBudgetLines_ProposalPartners_PartnerId", x => x.PartnerId, "ProposalPartners", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ProposalBudgetLines_Year", "\"Year\" BETWEEN 1 AND 10");
            t.CheckConstraint("CK_ProposalBudgetLines_Amounts", "\"GovernmentKrw\" >= 0 AND \"PrivateKrw\" >= 0");
        });
        m.CreateIndex("IX_ProposalBudgetLines_ProposalId", "ProposalBudgetLines", "ProposalId");

        m.CreateTable("ProposalDispatches", t => new
        {
            ProposalId = t.Column<Guid>(),
            Position = t.Column<int>(),
            ResearcherPosition = t.Column<int>(),
            Institution = t.Text(200),
            CountryCode = t.Text(2),
            FromMonth = t.Column<int>(),
            Months = t.Column<int>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProposalDispatches", x => new { x.ProposalId, x.Position });
            t.ForeignKey("FK_ProposalDispatches_Proposals_ProposalId", x => x.ProposalId, "Proposals", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ProposalDispatches_Months", "\"FromMonth\" >= 1 AND \"Months\" >= 1");
        });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.DropTable("ProposalDispatches");
        m.DropTable("ProposalBudgetLines");
        m.DropTable("ProposalResearchers");
        m.DropTable("ProposalPartners");
        m.DropTable("Proposals");
        m.DropColumn("Kind", "Attachments");
    }
}
