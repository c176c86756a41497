using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Conflicts of interest pool reviewers declare in advance: an organisation (from the directory or by name) and/or a person, with the reason and an optional last day.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261208000021_ReviewerDeclarations")]
public sealed class M0021ReviewerDeclarations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("ReviewerDeclarations", t => new
        {
            Id = t.Column<Guid>(),
            ReviewerId = t.Column<Guid>(),
            OrganizationId = t.Column<Guid>(nullable: true),
            OrganizationName = t.Text(200, nullable: true),
            PersonName = t.Text(200, nullable: true),
            Reason = t.Text(500),
            DeclaredAt = t.Instant(m),
            Until = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ReviewerDeclarations", x => x.Id);
            t.ForeignKey("FK_ReviewerDeclarations_Reviewers_ReviewerId", x => x.ReviewerId, "Reviewers", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ReviewerDeclarations_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_ReviewerDeclarations_Subject", "\"OrganizationId\" IS NOT NULL OR \"OrganizationName\" IS NOT NULL OR \"PersonName\" IS NOT NULL");
            t.CheckConstraint("CK_ReviewerDeclarations_Organization", "\"OrganizationId\" IS NULL OR \"OrganizationName\" IS NULL");
        });
        m.CreateIndex("IX_ReviewerDeclarations_ReviewerId", "ReviewerDeclarations", "ReviewerId");
        m.CreateIndex("IX_ReviewerDeclarations_OrganizationId", "ReviewerDeclarations", "OrganizationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ReviewerDeclarations");
}
