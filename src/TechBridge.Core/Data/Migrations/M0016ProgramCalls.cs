using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Calls for proposals under the programs: terms, eligible applicants, fields, required documents, designated topics and review stages.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000016_ProgramCalls")]
public sealed class M0016ProgramCalls : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("ProgramCalls", t => new
        {
            Id = t.Column<Guid>(),
            ProgramCode = t.Text(60),
            TitleKo = t.Text(200),
            TitleEn = t.Text(200),
            SummaryKo = t.Text(4000, nullable: true),
            SummaryEn = t.Text(4000, nullable: true),
            Kind = t.Text(16),
            Status = t.Text(16),
            OpensAt = t.Instant(m),
            ClosesAt = t.Instant(m),
            TotalBudgetKrw = t.Column<long>(),
            MaxGovernmentKrwPerTask = t.Column<long>(),
            MaxGovernmentSharePercent = t.Column<int>(),
            MaxMonths = t.Column<int>(),
            RequiresDispatch = t.Column<bool>(),
            RequiresOverseasPartner = t.Column<bool>(),
            IsDemo = t.Column<bool>(),
            CreatedById = t.Column<Guid>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            PublishedAt = t.Instant(m, nullable: true),
            ClosedAt = t.Instant(m, nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramCalls", x => x.Id);
            t.ForeignKey("FK_ProgramCalls_ProgramInfos_ProgramCode", x => x.ProgramCode, "ProgramInfos", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ProgramCalls_Users_CreatedById", x => x.CreatedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_ProgramCalls_Kind", "\"Kind\" IN ('Open', 'ItemDesignated')");
            t.CheckConstraint("CK_ProgramCalls_Status", "\"Status\" IN ('Draft', 'Published', 'Closed')");
            t.CheckConstraint("CK_ProgramCalls_Budget", "\"TotalBudgetKrw\" > 0 AND \"MaxGovernmentKrwPerTask\" > 0 AND \"MaxGovernmentKrwPerTask\" <= \"TotalBudgetKrw\"");
            t.CheckConstraint("CK_ProgramCalls_Share", "\"MaxGovernmentSharePercent\" BETWEEN 1 AND 100");
            t.CheckConstraint("CK_ProgramCalls_Months", "\"MaxMonths\" BETWEEN 1 AND 120");
        });
        m.CreateIndex("IX_ProgramCalls_Status_ClosesAt", "ProgramCalls", ["Status", "ClosesAt"]);
        m.CreateIndex("IX_ProgramCalls_ProgramCode", "ProgramCalls", "ProgramCode");
        m.CreateIndex("IX_ProgramCalls_CreatedById", "ProgramCalls", "CreatedById");

        m.CreateTable("ProgramCallFields", t => new { CallId = t.Column<Guid>(), FieldCode = t.Text(40) }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramCallFields", x => new { x.CallId, x.FieldCode });
            t.ForeignKey("FK_ProgramCallFields_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ProgramCallFields_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ProgramCallFields_FieldCode", "ProgramCallFields", "FieldCode");

        m.CreateTable("ProgramCallApplicantTypes", t => new { CallId = t.Column<Guid>(), Type = t.Text(24) }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramCallApplicantTypes", x => new { x.CallId, x.Type });
            t.ForeignKey("FK_ProgramCallApplicantTypes_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ProgramCallApplicantTypes_Type",
                "\"Type\" IN ('SmallBusiness', 'MidSizedCompany', 'LargeCompany', 'ResearchInstitute', 'University')");
        });

        m.CreateTable("ProgramCallDocuments", t => new { CallId = t.Column<Guid>(), Kind = t.Text(24) }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramCallDocuments", x => new { x.CallId, x.Kind });
            t.ForeignKey("FK_ProgramCallDocuments_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ProgramCallDocuments_Kind",
                "\"Kind\" IN ('ResearchPlan', 'BudgetPlan', 'PartnerCommitment', 'DispatchPlan', 'BusinessRegistration', 'FinancialStatements', 'IpEvidence')");
        });

        m.CreateTable("ProgramCallTopics", t => new
        {
            CallId = t.Column<Guid>(),
            Position = t.Column<int>(),
            TitleKo = t.Text(200),
            TitleEn = t.Text(200),
            WhyKo = t.Text(2000),
            WhyEn = t.Text(2000),
            WhatKo = t.Text(2000),
            WhatEn = t.Text(2000),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramCallTopics", x => new { x.CallId, x.Position });
            t.ForeignKey("FK_ProgramCallTopics_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("ProgramCallStages", t => new
        {
            CallId = t.Column<Guid>(),
            Position = t.Column<int>(),
            Kind = t.Text(24),
            WeightPercent = t.Column<int>(),
            CutOff = t.Column<int>(nullable: true),
            ReviewersPerProposal = t.Column<int>(),
            DueAt = t.Instant(m, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgramCallStages", x => new { x.CallId, x.Position });
            t.ForeignKey("FK_ProgramCallStages_ProgramCalls_CallId", x => x.CallId, "ProgramCalls", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_ProgramCallStages_Kind", "\"Kind\" IN ('Screening', 'OverseasPeerReview', 'DomesticPanel')");
            t.CheckConstraint("CK_ProgramCallStages_Weight", "\"WeightPercent\" BETWEEN 0 AND 100");
            t.CheckConstraint("CK_ProgramCallStages_CutOff", "\"CutOff\" IS NULL OR \"CutOff\" BETWEEN 0 AND 100");
            t.CheckConstraint("CK_ProgramCallStages_Reviewers", "\"ReviewersPerProposal\" BETWEEN 0 AND 15");
        });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.DropTable("ProgramCallStages");
        m.DropTable("ProgramCallTopics");
        m.DropTable("ProgramCallDocuments");
        m.DropTable("ProgramCallApplicantTypes");
        m.DropTable("ProgramCallFields");
        m.DropTable("ProgramCalls");
    }
}
