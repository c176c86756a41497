using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Accounts move onto ASP.NET Core Identity: the Users table keeps every account and password hash (same hasher) and
/// gains Identity's columns (user name = e-mail, security stamp, concurrency stamp, e-mail confirmation, two-factor,
/// lockout flag); existing accounts were made by administrators, so their e-mail counts as confirmed. Identity's claim,
/// login and token tables; server-side sessions; people's requests to be linked to an organisation.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261205000006_Identity")]
public sealed class M0006Identity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.RenameColumn("FailedSignInCount", "Users", "AccessFailedCount");
        m.RenameColumn("LockoutEndsAt", "Users", "LockoutEnd");
        m.AddColumn<string>("UserName", "Users", maxLength: 256, nullable: true);
        m.AddColumn<string>("NormalizedUserName", "Users", maxLength: 256, nullable: true);
        m.AddColumn<string>("SecurityStamp", "Users", maxLength: 100, nullable: true);
        m.AddColumn<string>("ConcurrencyStamp", "Users", maxLength: 100, nullable: true);
        m.AddColumn<string>("PhoneNumber", "Users", maxLength: 40, nullable: true);
        foreach (var flag in new[] { "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "ManagesOrganization" })
        {
            m.AddColumn<bool>(flag, "Users", defaultValue: false);
        }

        var random = m.IsSqlite() ? "lower(hex(randomblob(16)))" : "md5(random()::text || clock_timestamp()::text || \"Id\"::text)";
        m.Sql($"""
            UPDATE "Users" SET "UserName" = "Email", "NormalizedUserName" = "NormalizedEmail", "EmailConfirmed" = {(m.IsSqlite() ? "1" : "TRUE")},
              "LockoutEnabled" = {(m.IsSqlite() ? "1" : "TRUE")}, "SecurityStamp" = {random}, "ConcurrencyStamp" = {random}
            """);
        m.CreateIndex("IX_Users_NormalizedUserName", "Users", "NormalizedUserName", unique: true);

        m.CreateTable("UserClaims", t => new
        {
            Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            UserId = t.Column<Guid>(),
            ClaimType = t.Text(256, nullable: true),
            ClaimValue = t.Text(1000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_UserClaims", x => x.Id);
            t.ForeignKey("FK_UserClaims_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_UserClaims_UserId", "UserClaims", "UserId");

        m.CreateTable("UserLogins", t => new
        {
            LoginProvider = t.Text(128),
            ProviderKey = t.Text(128),
            ProviderDisplayName = t.Text(200, nullable: true),
            UserId = t.Column<Guid>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_UserLogins_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_UserLogins_UserId", "UserLogins", "UserId");

        m.CreateTable("UserTokens", t => new
        {
            UserId = t.Column<Guid>(),
            LoginProvider = t.Text(128),
            Name = t.Text(128),
            Value = t.Text(2000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_UserTokens_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("UserSessions", t => new
        {
            Id = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            Ticket = t.Column<byte[]>(maxLength: 16_000),
            CreatedAt = t.Instant(m),
            LastSeenAt = t.Instant(m),
            ExpiresAt = t.Instant(m, nullable: true),
            UserAgent = t.Text(300, nullable: true),
            IpAddress = t.Text(64, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_UserSessions", x => x.Id);
            t.ForeignKey("FK_UserSessions_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_UserSessions_UserId", "UserSessions", "UserId");

        m.CreateTable("OrganizationLinkRequests", t => new
        {
            Id = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            OrganizationId = t.Column<Guid>(),
            Message = t.Text(1000, nullable: true),
            Status = t.Text(16),
            RequestedAt = t.Instant(m),
            DecidedAt = t.Instant(m, nullable: true),
            DecidedById = t.Column<Guid>(nullable: true),
            DecisionNote = t.Text(1000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OrganizationLinkRequests", x => x.Id);
            t.ForeignKey("FK_OrganizationLinkRequests_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_OrganizationLinkRequests_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_OrganizationLinkRequests_Users_DecidedById", x => x.DecidedById, "Users", "Id", onDelete: ReferentialAction.SetNull);
            t.CheckConstraint("CK_OrganizationLinkRequests_Status", "\"Status\" IN ('Pending', 'Approved', 'Declined')");
        });
        m.CreateIndex("IX_OrganizationLinkRequests_UserId_Pending", "OrganizationLinkRequests", "UserId", unique: true, filter: "\"Status\" = 'Pending'");
        m.CreateIndex("IX_OrganizationLinkRequests_OrganizationId_Status", "OrganizationLinkRequests", ["OrganizationId", "Status"]);
        m.CreateIndex("IX_OrganizationLinkRequests_DecidedById", "OrganizationLinkRequests", "DecidedById");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        foreach (var table in new[] { "OrganizationLinkRequests", "UserSessions", "UserTokens", "UserLogins", "UserClaims" })
        {
            m.DropTable(table);
        }

        m.DropIndex("IX_Users_NormalizedUserName", "Users");
        foreach (var column in new[] { "UserName", "NormalizedUserName", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "ManagesOrganization" })
        {
            m.DropColumn(column, "Users");
        }

        m.RenameColumn("LockoutEnd", "Users", "LockoutEndsAt");
        m.RenameColumn("AccessFailedCount", "Users", "FailedSignInCount");
    }
}
