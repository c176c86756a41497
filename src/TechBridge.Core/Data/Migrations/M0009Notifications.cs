using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Notifications: inbox messages on the portal (per user, newest first, unread marked) and the outbox of e-mails that
/// the dispatcher sends after commit (status, attempts and the time of the next attempt, indexed for its pickup query).
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261205000009_Notifications")]
public sealed class M0009Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("InboxMessages", t => new
        {
            Id = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            Template = t.Text(100),
            Subject = t.Text(300),
            Body = t.Column<string>(),
            Link = t.Text(2000, nullable: true),
            CreatedAt = t.Instant(m),
            ReadAt = t.Instant(m, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InboxMessages", x => x.Id);
            t.ForeignKey("FK_InboxMessages_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_InboxMessages_UserId_CreatedAt", "InboxMessages", ["UserId", "CreatedAt"]);
        m.CreateIndex("IX_InboxMessages_UserId_ReadAt", "InboxMessages", ["UserId", "ReadAt"]);

        m.CreateTable("OutgoingEmails", t => new
        {
            Id = t.Column<Guid>(),
            To = t.Text(256),
            ToName = t.Text(200, nullable: true),
            Culture = t.Text(8),
            Template = t.Text(100),
            Subject = t.Text(300),
            TextBody = t.Column<string>(),
            HtmlBody = t.Column<string>(),
            Status = t.Text(16),
            Attempts = t.Column<int>(),
            NextAttemptAt = t.Instant(m),
            CreatedAt = t.Instant(m),
            SentAt = t.Instant(m, nullable: true),
            LastError = t.Text(1000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OutgoingEmails", x => x.Id);
            t.CheckConstraint("CK_OutgoingEmails_Status", "\"Status\" IN ('Pending', 'Sent', 'Failed')");
            t.CheckConstraint("CK_OutgoingEmails_Attempts", "\"Attempts\" >= 0");
        });
        m.CreateIndex("IX_OutgoingEmails_Status_NextAttemptAt", "OutgoingEmails", ["Status", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("OutgoingEmails");
        migrationBuilder.DropTable("InboxMessages");
    }
}
