using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>A person may hide their contact details from the directory until they answer an inquiry.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000026_PersonContactPrivacy")]
public sealed class M0026PersonContactPrivacy : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("HidesContact", "People", defaultValue: false);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("HidesContact", "People");
}
