using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Equipment disposal cases (proposal, review, transfer or disposal) with their frozen evidence, and their timeline.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000014_Disposals")]
public sealed class M0014Disposals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("DisposalCases", t => new
        {
            Id = t.Column<Guid>(),
            EquipmentId = t.Column<Guid>(),
            CenterId = t.Column<Guid>(),
            IndustryCode = t.Text(40),
            ProposedById = t.Column<Guid>(),
            ReasonKind = t.Text(16),
            ReasonText = t.Text(2000),
            Status = t.Text(24),
            PreviousStatus = t.Text(24),
            EvidenceFirstMonth = t.Column<DateOnly>(),
            EvidenceLastMonth = t.Column<DateOnly>(),
            EvidenceBookedHours = t.Column<double>(),
            EvidenceOpenHours = t.Column<double>(),
            EvidenceRate = t.Column<double>(),
            EvidenceYearAcquired = t.Column<int>(nullable: true),
            ReceivingCenterId = t.Column<Guid>(nullable: true),
            DecisionReason = t.Text(500, nullable: true),
            DisposedOn = t.Column<DateOnly>(nullable: true),
            DisposalMethod = t.Text(16, nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DisposalCases", x => x.Id);
            t.ForeignKey("FK_DisposalCases_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisposalCases_Organizations_CenterId", x => x.CenterId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisposalCases_Organizations_ReceivingCenterId", x => x.ReceivingCenterId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisposalCases_Industries_IndustryCode", x => x.IndustryCode, "Industries", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisposalCases_Users_ProposedById", x => x.ProposedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_DisposalCases_Status",
                "\"Status\" IN ('Proposed', 'ApprovedForTransfer', 'ApprovedForDisposal', 'Rejected', 'Withdrawn', 'TransferAccepted', 'Disposed')");
            t.CheckConstraint("CK_DisposalCases_ReasonKind", "\"ReasonKind\" IN ('Idle', 'BeyondRepair', 'Broken', 'Obsolete', 'Other')");
            t.CheckConstraint("CK_DisposalCases_PreviousStatus",
                "\"PreviousStatus\" IN ('Available', 'UnderMaintenance', 'Aged', 'DisposalCandidate', 'Disposed')");
            t.CheckConstraint("CK_DisposalCases_DisposalMethod", "\"DisposalMethod\" IS NULL OR \"DisposalMethod\" IN ('Sale', 'Scrap', 'Donation', 'Other')");
            t.CheckConstraint("CK_DisposalCases_Transfer", "\"Status\" NOT IN ('ApprovedForTransfer', 'TransferAccepted') OR \"ReceivingCenterId\" IS NOT NULL");
            t.CheckConstraint("CK_DisposalCases_Disposed", "\"Status\" <> 'Disposed' OR (\"DisposedOn\" IS NOT NULL AND \"DisposalMethod\" IS NOT NULL)");
        });
        m.CreateIndex("IX_DisposalCases_EquipmentId_Open", "DisposalCases", "EquipmentId", unique: true,
            filter: "\"Status\" IN ('Proposed', 'ApprovedForTransfer', 'ApprovedForDisposal')");
        m.CreateIndex("IX_DisposalCases_CenterId_Status", "DisposalCases", ["CenterId", "Status"]);
        m.CreateIndex("IX_DisposalCases_ReceivingCenterId_Status", "DisposalCases", ["ReceivingCenterId", "Status"]);
        m.CreateIndex("IX_DisposalCases_IndustryCode_Status", "DisposalCases", ["IndustryCode", "Status"]);
        m.CreateIndex("IX_DisposalCases_ProposedById", "DisposalCases", "ProposedById");

        m.CreateTable("DisposalEvents", t => new
        {
            Id = t.Column<Guid>(),
            CaseId = t.Column<Guid>(),
            ActorId = t.Column<Guid>(),
            ActorName = t.Text(200),
            Kind = t.Text(24),
            Text = t.Text(2000, nullable: true),
            CenterId = t.Column<Guid>(nullable: true),
            At = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DisposalEvents", x => x.Id);
            t.ForeignKey("FK_DisposalEvents_DisposalCases_CaseId", x => x.CaseId, "DisposalCases", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DisposalEvents_Users_ActorId", x => x.ActorId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisposalEvents_Organizations_CenterId", x => x.CenterId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_DisposalEvents_Kind",
                "\"Kind\" IN ('Proposed', 'ApprovedForTransfer', 'ApprovedForDisposal', 'Rejected', 'Withdrawn', 'TransferAccepted', 'TransferDeclined', 'Disposed')");
        });
        m.CreateIndex("IX_DisposalEvents_CaseId_At", "DisposalEvents", ["CaseId", "At"]);
        m.CreateIndex("IX_DisposalEvents_ActorId", "DisposalEvents", "ActorId");
        m.CreateIndex("IX_DisposalEvents_CenterId", "DisposalEvents", "CenterId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("DisposalEvents");
        migrationBuilder.DropTable("DisposalCases");
    }
}
