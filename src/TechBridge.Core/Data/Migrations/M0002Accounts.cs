using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>User accounts with hashed passwords, lockout state, language preference and roles.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261122000002_Accounts")]
public sealed class M0002Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Users", t => new
        {
            Id = t.Column<Guid>(),
            Email = t.Text(256),
            NormalizedEmail = t.Text(256),
            DisplayName = t.Text(200),
            PasswordHash = t.Text(500),
            Culture = t.Text(8),
            FailedSignInCount = t.Column<int>(),
            LockoutEndsAt = t.Instant(m, nullable: true),
            IsDisabled = t.Column<bool>(),
            IsDemo = t.Column<bool>(),
            OrganizationId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Instant(m),
            LastSignInAt = t.Instant(m, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users", x => x.Id);
            t.ForeignKey("FK_Users_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_Users_NormalizedEmail", "Users", "NormalizedEmail", unique: true);
        m.CreateIndex("IX_Users_OrganizationId", "Users", "OrganizationId");

        m.CreateTable("UserRoles", t => new
        {
            UserId = t.Column<Guid>(),
            Role = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.Role });
            t.ForeignKey("FK_UserRoles_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("UserRoles");
        migrationBuilder.DropTable("Users");
    }
}
