using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// A version column on every entity edited under optimistic concurrency (organisations, technology needs, equipment,
/// glossary pairs). Existing rows start at version 1, like new ones.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261205000007_RowVersions")]
public sealed class M0007RowVersions : Migration
{
    private static readonly string[] Tables = ["Organizations", "TechnologyNeeds", "Equipment", "GlossaryTerms"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.AddColumn<long>("Version", table, nullable: false, defaultValue: 1L);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropColumn("Version", table);
        }
    }
}
