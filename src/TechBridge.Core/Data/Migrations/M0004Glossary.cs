using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Glossary pairs added by administrators (on top of the shipped data/seed/glossary.csv).</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261122000004_Glossary")]
public sealed class M0004Glossary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("GlossaryTerms", t => new
        {
            Id = t.Column<Guid>(),
            Korean = t.Text(200),
            English = t.Text(200),
            Fields = t.Text(400),
            Note = t.Text(500, nullable: true),
            CreatedAt = t.Instant(m),
        }, constraints: t => t.PrimaryKey("PK_GlossaryTerms", x => x.Id));
        m.CreateIndex("IX_GlossaryTerms_Korean_English", "GlossaryTerms", ["Korean", "English"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("GlossaryTerms");
}
