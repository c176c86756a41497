using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Personal access tokens for machine clients: the SHA-256 of the secret only, found by a unique public id.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261205000008_ApiTokens")]
public sealed class M0008ApiTokens : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("ApiTokens", t => new
        {
            Id = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            Name = t.Text(100),
            PublicId = t.Text(12),
            SecretHash = t.Text(64),
            Scopes = t.Text(40),
            CreatedAt = t.Instant(m),
            ExpiresAt = t.Instant(m),
            RevokedAt = t.Instant(m, nullable: true),
            LastUsedAt = t.Instant(m, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ApiTokens", x => x.Id);
            t.ForeignKey("FK_ApiTokens_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ApiTokens_PublicId", "ApiTokens", "PublicId", unique: true);
        m.CreateIndex("IX_ApiTokens_UserId", "ApiTokens", "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ApiTokens");
}
