using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>The shipped glossary pairs become rows administrators can edit: their seed key, and removal that sticks.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261210000030_GlossarySeedPairs")]
public sealed class M0030GlossarySeedPairs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("SeedKey", "GlossaryTerms", maxLength: 410, nullable: true);
        migrationBuilder.AddColumn<bool>("IsRemoved", "GlossaryTerms", defaultValue: false);
        migrationBuilder.CreateIndex("IX_GlossaryTerms_SeedKey", "GlossaryTerms", "SeedKey", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_GlossaryTerms_SeedKey", "GlossaryTerms");
        migrationBuilder.DropColumn("IsRemoved", "GlossaryTerms");
        migrationBuilder.DropColumn("SeedKey", "GlossaryTerms");
    }
}
