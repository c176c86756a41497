using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Per-person e-mail delivery (immediately, a daily digest, or inbox only; no row means immediately), the digest's
/// bookkeeping on inbox messages (waiting for a digest, when digested), and one attachment per outgoing e-mail (a
/// calendar invitation), stored with the mail so a restart still sends it.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000015_NotificationSettings")]
public sealed class M0015NotificationSettings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("NotificationSettings", t => new
        {
            UserId = t.Column<Guid>(),
            EmailDelivery = t.Text(16),
            UpdatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_NotificationSettings", x => x.UserId);
            t.ForeignKey("FK_NotificationSettings_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_NotificationSettings_EmailDelivery", "\"EmailDelivery\" IN ('Immediately', 'DailyDigest', 'InboxOnly')");
        });

        m.AddColumn<bool>("AwaitsDigest", "InboxMessages", nullable: false, defaultValue: false);
        if (m.IsSqlite())
        {
            m.AddColumn<long>("DigestedAt", "InboxMessages", nullable: true);
        }
        else
        {
            m.AddColumn<DateTimeOffset>("DigestedAt", "InboxMessages", nullable: true);
        }

        m.CreateIndex("IX_InboxMessages_AwaitsDigest_CreatedAt", "InboxMessages", ["AwaitsDigest", "CreatedAt"]);

        m.AddColumn<string>("AttachmentFileName", "OutgoingEmails", maxLength: 200, nullable: true);
        m.AddColumn<string>("AttachmentContentType", "OutgoingEmails", maxLength: 120, nullable: true);
        m.AddColumn<byte[]>("AttachmentContent", "OutgoingEmails", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.DropColumn("AttachmentContent", "OutgoingEmails");
        m.DropColumn("AttachmentContentType", "OutgoingEmails");
        m.DropColumn("AttachmentFileName", "OutgoingEmails");
        m.DropIndex("IX_InboxMessages_AwaitsDigest_CreatedAt", "InboxMessages");
        m.DropColumn("DigestedAt", "InboxMessages");
        m.DropColumn("AwaitsDigest", "InboxMessages");
        m.DropTable("NotificationSettings");
    }
}
