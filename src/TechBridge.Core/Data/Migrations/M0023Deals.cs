using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Technology transfer deals: the deals, their recorded steps and their quarterly revenue reports.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000023_Deals")]
public sealed class M0023Deals : Migration
{
    private const string States = "'Inquiry', 'Nda', 'TechnicalMeeting', 'TermSheet', 'Contract', 'FollowUp', 'Lost'";
    private const string Sides = "'Seller', 'Buyer', 'Overseer'";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Deals", t => new
        {
            Id = t.Column<Guid>(),
            TechnologyId = t.Column<Guid>(),
            SellerOrganizationId = t.Column<Guid>(),
            BuyerUserId = t.Column<Guid>(),
            BuyerOrganizationId = t.Column<Guid>(nullable: true),
            InquiryId = t.Column<Guid>(nullable: true),
            State = t.Text(24),
            LostAtStage = t.Text(24, nullable: true),
            LossReason = t.Text(24, nullable: true),
            LossNote = t.Text(1000, nullable: true),
            LostAt = t.Instant(m, nullable: true),
            LostById = t.Column<Guid>(nullable: true),
            LastStepOn = t.Column<DateOnly>(),
            OpenedById = t.Column<Guid>(),
            OpenedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Deals", x => x.Id);
            t.ForeignKey("FK_Deals_PublicTechnologies_TechnologyId", x => x.TechnologyId, "PublicTechnologies", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deals_Organizations_SellerOrganizationId", x => x.SellerOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deals_Users_BuyerUserId", x => x.BuyerUserId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deals_Organizations_BuyerOrganizationId", x => x.BuyerOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deals_Inquiries_InquiryId", x => x.InquiryId, "Inquiries", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deals_Users_OpenedById", x => x.OpenedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deals_Users_LostById", x => x.LostById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Deals_State", $"\"State\" IN ({States})");
            t.CheckConstraint("CK_Deals_LostAtStage", $"\"LostAtStage\" IN ({States})");
            t.CheckConstraint("CK_Deals_LossReason", "\"LossReason\" IN ('Price', 'Scope', 'Timing', 'TechnicalFit', 'WentElsewhere', 'Other')");
        });
        m.CreateIndex("IX_Deals_TechnologyId_State", "Deals", ["TechnologyId", "State"]);
        m.CreateIndex("IX_Deals_SellerOrganizationId", "Deals", "SellerOrganizationId");
        m.CreateIndex("IX_Deals_BuyerUserId", "Deals", "BuyerUserId");
        m.CreateIndex("IX_Deals_BuyerOrganizationId", "Deals", "BuyerOrganizationId");
        m.CreateIndex("IX_Deals_InquiryId", "Deals", "InquiryId");
        m.CreateIndex("IX_Deals_OpenedById", "Deals", "OpenedById");
        m.CreateIndex("IX_Deals_LostById", "Deals", "LostById");

        m.CreateTable("DealSteps", t => new
        {
            Id = t.Column<Guid>(),
            DealId = t.Column<Guid>(),
            Stage = t.Text(24),
            OccurredOn = t.Column<DateOnly>(),
            Note = t.Text(4000),
            ActorId = t.Column<Guid>(),
            ActorSide = t.Text(16),
            LicenceKind = t.Text(16, nullable: true),
            UpfrontFeeKrw = t.Column<long>(nullable: true),
            RoyaltyBasisPoints = t.Column<int>(nullable: true),
            RecordedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DealSteps", x => x.Id);
            t.ForeignKey("FK_DealSteps_Deals_DealId", x => x.DealId, "Deals", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DealSteps_Users_ActorId", x => x.ActorId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_DealSteps_Stage", $"\"Stage\" IN ({States})");
            t.CheckConstraint("CK_DealSteps_ActorSide", $"\"ActorSide\" IN ({Sides})");
            t.CheckConstraint("CK_DealSteps_LicenceKind", "\"LicenceKind\" IN ('Exclusive', 'NonExclusive', 'Assignment')");
            t.CheckConstraint("CK_DealSteps_Fee", "\"UpfrontFeeKrw\" IS NULL OR \"UpfrontFeeKrw\" >= 0");
            t.CheckConstraint("CK_DealSteps_Royalty", "\"RoyaltyBasisPoints\" IS NULL OR (\"RoyaltyBasisPoints\" >= 0 AND \"RoyaltyBasisPoints\" <= 10000)");
        });
        m.CreateIndex("IX_DealSteps_DealId_RecordedAt", "DealSteps", ["DealId", "RecordedAt"]);
        m.CreateIndex("IX_DealSteps_ActorId", "DealSteps", "ActorId");

        m.CreateTable("DealRevenueReports", t => new
        {
            Id = t.Column<Guid>(),
            DealId = t.Column<Guid>(),
            Year = t.Column<int>(),
            Quarter = t.Column<int>(),
            RevenueKrw = t.Column<long>(),
            RoyaltyPaidKrw = t.Column<long>(),
            ReportedById = t.Column<Guid>(),
            ReportedBySide = t.Text(16),
            ReportedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DealRevenueReports", x => x.Id);
            t.ForeignKey("FK_DealRevenueReports_Deals_DealId", x => x.DealId, "Deals", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DealRevenueReports_Users_ReportedById", x => x.ReportedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_DealRevenueReports_ReportedBySide", $"\"ReportedBySide\" IN ({Sides})");
            t.CheckConstraint("CK_DealRevenueReports_Quarter", "\"Quarter\" BETWEEN 1 AND 4");
            t.CheckConstraint("CK_DealRevenueReports_Amounts", "\"RevenueKrw\" >= 0 AND \"RoyaltyPaidKrw\" >= 0");
        });
        m.CreateIndex("IX_DealRevenueReports_DealId_Year_Quarter", "DealRevenueReports", ["DealId", "Year", "Quarter"], unique: true);
        m.CreateIndex("IX_DealRevenueReports_ReportedById", "DealRevenueReports", "ReportedById");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("DealRevenueReports");
        migrationBuilder.DropTable("DealSteps");
        migrationBuilder.DropTable("Deals");
    }
}
