using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Inquiry threads from marketplace and directory hits: the threads, their messages, read receipts and abuse reports.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000022_Inquiries")]
public sealed class M0022Inquiries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Inquiries", t => new
        {
            Id = t.Column<Guid>(),
            SubjectKind = t.Text(16),
            SubjectId = t.Column<Guid>(),
            SubjectTitle = t.Text(300),
            RecipientOrganizationId = t.Column<Guid>(nullable: true),
            RecipientPersonId = t.Column<Guid>(nullable: true),
            SenderId = t.Column<Guid>(),
            SenderOrganizationId = t.Column<Guid>(nullable: true),
            Subject = t.Text(200),
            Status = t.Text(16),
            CreatedAt = t.Instant(m),
            LastMessageAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Inquiries", x => x.Id);
            t.ForeignKey("FK_Inquiries_Organizations_RecipientOrganizationId", x => x.RecipientOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Inquiries_People_RecipientPersonId", x => x.RecipientPersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Inquiries_Users_SenderId", x => x.SenderId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Inquiries_Organizations_SenderOrganizationId", x => x.SenderOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Inquiries_SubjectKind", "\"SubjectKind\" IN ('Technology', 'Need', 'Organization', 'Person')");
            t.CheckConstraint("CK_Inquiries_Status", "\"Status\" IN ('Open', 'Closed', 'Hidden')");
            t.CheckConstraint("CK_Inquiries_Recipient", "(\"RecipientOrganizationId\" IS NULL) <> (\"RecipientPersonId\" IS NULL)");
        });
        m.CreateIndex("IX_Inquiries_SenderId_CreatedAt", "Inquiries", ["SenderId", "CreatedAt"]);
        m.CreateIndex("IX_Inquiries_RecipientOrganizationId", "Inquiries", "RecipientOrganizationId");
        m.CreateIndex("IX_Inquiries_RecipientPersonId", "Inquiries", "RecipientPersonId");
        m.CreateIndex("IX_Inquiries_SenderOrganizationId", "Inquiries", "SenderOrganizationId");

        m.CreateTable("InquiryMessages", t => new
        {
            Id = t.Column<Guid>(),
            InquiryId = t.Column<Guid>(),
            AuthorUserId = t.Column<Guid>(),
            Body = t.Text(5000),
            SentAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InquiryMessages", x => x.Id);
            t.ForeignKey("FK_InquiryMessages_Inquiries_InquiryId", x => x.InquiryId, "Inquiries", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_InquiryMessages_Users_AuthorUserId", x => x.AuthorUserId, "Users", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_InquiryMessages_InquiryId_SentAt", "InquiryMessages", ["InquiryId", "SentAt"]);
        m.CreateIndex("IX_InquiryMessages_AuthorUserId_SentAt", "InquiryMessages", ["AuthorUserId", "SentAt"]);

        m.CreateTable("InquiryReads", t => new
        {
            Id = t.Column<Guid>(),
            InquiryId = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            ReadAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InquiryReads", x => x.Id);
            t.ForeignKey("FK_InquiryReads_Inquiries_InquiryId", x => x.InquiryId, "Inquiries", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_InquiryReads_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_InquiryReads_InquiryId_UserId", "InquiryReads", ["InquiryId", "UserId"], unique: true);
        m.CreateIndex("IX_InquiryReads_UserId", "InquiryReads", "UserId");

        m.CreateTable("InquiryReports", t => new
        {
            Id = t.Column<Guid>(),
            InquiryId = t.Column<Guid>(),
            ReporterId = t.Column<Guid>(),
            Reason = t.Text(1000),
            ReportedAt = t.Instant(m),
            Status = t.Text(16),
            ResolvedById = t.Column<Guid>(nullable: true),
            ResolvedAt = t.Instant(m, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InquiryReports", x => x.Id);
            t.ForeignKey("FK_InquiryReports_Inquiries_InquiryId", x => x.InquiryId, "Inquiries", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_InquiryReports_Users_ReporterId", x => x.ReporterId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_InquiryReports_Users_ResolvedById", x => x.ResolvedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_InquiryReports_Status", "\"Status\" IN ('Open', 'Dismissed', 'Upheld')");
        });
        m.CreateIndex("IX_InquiryReports_InquiryId", "InquiryReports", "InquiryId");
        m.CreateIndex("IX_InquiryReports_ReporterId", "InquiryReports", "ReporterId");
        m.CreateIndex("IX_InquiryReports_ResolvedById", "InquiryReports", "ResolvedById");
        m.CreateIndex("IX_InquiryReports_Status_ReportedAt", "InquiryReports", ["Status", "ReportedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("InquiryReports");
        migrationBuilder.DropTable("InquiryReads");
        migrationBuilder.DropTable("InquiryMessages");
        migrationBuilder.DropTable("Inquiries");
    }
}
