using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>i-Platform support requests: the request and its stages, the parts routed to centers, and the timeline.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261205000011_SupportRequests")]
public sealed class M0011SupportRequests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("SupportRequests", t => new
        {
            Id = t.Column<Guid>(),
            CompanyId = t.Column<Guid>(),
            RequestedById = t.Column<Guid>(),
            IndustryCode = t.Text(40),
            Title = t.Text(200),
            Product = t.Text(2000),
            Problem = t.Text(4000),
            Trl = t.Column<int>(nullable: true),
            PeriodFrom = t.Column<DateOnly>(),
            PeriodTo = t.Column<DateOnly>(),
            Status = t.Text(16),
            Question = t.Text(2000, nullable: true),
            Reason = t.Text(500, nullable: true),
            DueAt = t.Instant(m, nullable: true),
            EscalationLevel = t.Column<int>(),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SupportRequests", x => x.Id);
            t.ForeignKey("FK_SupportRequests_Organizations_CompanyId", x => x.CompanyId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportRequests_Users_RequestedById", x => x.RequestedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportRequests_Industries_IndustryCode", x => x.IndustryCode, "Industries", "Code", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_SupportRequests_Status",
                "\"Status\" IN ('Submitted', 'AwaitingCompany', 'InProgress', 'Completed', 'Cancelled', 'Closed')");
            t.CheckConstraint("CK_SupportRequests_Trl", "\"Trl\" IS NULL OR \"Trl\" BETWEEN 1 AND 9");
            t.CheckConstraint("CK_SupportRequests_Period", "\"PeriodFrom\" <= \"PeriodTo\"");
        });
        m.CreateIndex("IX_SupportRequests_CompanyId_CreatedAt", "SupportRequests", ["CompanyId", "CreatedAt"]);
        m.CreateIndex("IX_SupportRequests_IndustryCode_Status", "SupportRequests", ["IndustryCode", "Status"]);
        m.CreateIndex("IX_SupportRequests_DueAt", "SupportRequests", "DueAt");
        m.CreateIndex("IX_SupportRequests_RequestedById", "SupportRequests", "RequestedById");

        m.CreateTable("SupportRequestStages", t => new
        {
            RequestId = t.Column<Guid>(),
            StageCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SupportRequestStages", x => new { x.RequestId, x.StageCode });
            t.ForeignKey("FK_SupportRequestStages_SupportRequests_RequestId", x => x.RequestId, "SupportRequests", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_SupportRequestStages_RndStages_StageCode", x => x.StageCode, "RndStages", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_SupportRequestStages_StageCode", "SupportRequestStages", "StageCode");

        m.CreateTable("SupportAssignments", t => new
        {
            Id = t.Column<Guid>(),
            RequestId = t.Column<Guid>(),
            CenterId = t.Column<Guid>(),
            StageCode = t.Text(40, nullable: true),
            Service = t.Text(16),
            EquipmentId = t.Column<Guid>(nullable: true),
            Note = t.Text(1000, nullable: true),
            Status = t.Text(16),
            SlotStart = t.Instant(m, nullable: true),
            SlotEnd = t.Instant(m, nullable: true),
            PriceKrw = t.Column<long>(nullable: true),
            VatKrw = t.Column<long>(nullable: true),
            QuoteNote = t.Text(1000, nullable: true),
            Reason = t.Text(500, nullable: true),
            ReservationId = t.Column<Guid>(nullable: true),
            DueAt = t.Instant(m, nullable: true),
            EscalationLevel = t.Column<int>(),
            AssignedById = t.Column<Guid>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SupportAssignments", x => x.Id);
            t.ForeignKey("FK_SupportAssignments_SupportRequests_RequestId", x => x.RequestId, "SupportRequests", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_SupportAssignments_Organizations_CenterId", x => x.CenterId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportAssignments_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportAssignments_RndStages_StageCode", x => x.StageCode, "RndStages", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportAssignments_Reservations_ReservationId", x => x.ReservationId, "Reservations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportAssignments_Users_AssignedById", x => x.AssignedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_SupportAssignments_Status", "\"Status\" IN ('Assigned', 'Quoted', 'Declined', 'Accepted', 'Rejected', 'Withdrawn')");
            t.CheckConstraint("CK_SupportAssignments_Service", "\"Service\" IN ('EquipmentUse', 'TestAnalysis', 'Consulting')");
            t.CheckConstraint("CK_SupportAssignments_Slot", "\"SlotStart\" IS NULL OR \"SlotEnd\" IS NULL OR \"SlotStart\" < \"SlotEnd\"");
            t.CheckConstraint("CK_SupportAssignments_Price", "(\"PriceKrw\" IS NULL OR \"PriceKrw\" >= 0) AND (\"VatKrw\" IS NULL OR \"VatKrw\" >= 0)");
        });
        m.CreateIndex("IX_SupportAssignments_RequestId", "SupportAssignments", "RequestId");
        m.CreateIndex("IX_SupportAssignments_CenterId_Status", "SupportAssignments", ["CenterId", "Status"]);
        m.CreateIndex("IX_SupportAssignments_DueAt", "SupportAssignments", "DueAt");
        m.CreateIndex("IX_SupportAssignments_EquipmentId", "SupportAssignments", "EquipmentId");
        m.CreateIndex("IX_SupportAssignments_StageCode", "SupportAssignments", "StageCode");
        m.CreateIndex("IX_SupportAssignments_ReservationId", "SupportAssignments", "ReservationId");
        m.CreateIndex("IX_SupportAssignments_AssignedById", "SupportAssignments", "AssignedById");

        m.CreateTable("SupportRequestEvents", t => new
        {
            Id = t.Column<Guid>(),
            RequestId = t.Column<Guid>(),
            AssignmentId = t.Column<Guid>(nullable: true),
            ActorId = t.Column<Guid>(nullable: true),
            ActorName = t.Text(200),
            Kind = t.Text(24),
            Text = t.Text(2000, nullable: true),
            At = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SupportRequestEvents", x => x.Id);
            t.ForeignKey("FK_SupportRequestEvents_SupportRequests_RequestId", x => x.RequestId, "SupportRequests", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_SupportRequestEvents_SupportAssignments_AssignmentId", x => x.AssignmentId, "SupportAssignments", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SupportRequestEvents_Users_ActorId", x => x.ActorId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_SupportRequestEvents_Kind",
                "\"Kind\" IN ('Submitted', 'QuestionAsked', 'QuestionAnswered', 'Assigned', 'Quoted', 'Declined', 'Accepted', 'Rejected', 'Escalated', 'Completed', 'Cancelled', 'Closed')");
        });
        m.CreateIndex("IX_SupportRequestEvents_RequestId_At", "SupportRequestEvents", ["RequestId", "At"]);
        m.CreateIndex("IX_SupportRequestEvents_AssignmentId", "SupportRequestEvents", "AssignmentId");
        m.CreateIndex("IX_SupportRequestEvents_ActorId", "SupportRequestEvents", "ActorId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.DropTable("SupportRequestEvents");
        m.DropTable("SupportAssignments");
        m.DropTable("SupportRequestStages");
        m.DropTable("SupportRequests");
    }
}
