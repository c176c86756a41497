using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Taxonomies, the directory (organisations, people, affiliations, publications) and the audit trail.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261122000001_Directory")]
public sealed class M0001Directory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Fields", t => new
        {
            Code = t.Text(40),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            SortOrder = t.Column<int>(),
        }, constraints: t => t.PrimaryKey("PK_Fields", x => x.Code));

        m.CreateTable("Industries", t => new
        {
            Code = t.Text(40),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            SortOrder = t.Column<int>(),
            RepresentativeInstitutionKo = t.Text(200, nullable: true),
            RepresentativeInstitutionEn = t.Text(200, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Industries", x => x.Code));

        m.CreateTable("Countries", t => new
        {
            Alpha2 = t.Text(2),
            Alpha3 = t.Text(3),
            Numeric = t.Text(3),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
        }, constraints: t => t.PrimaryKey("PK_Countries", x => x.Alpha2));

        m.CreateTable("RndStages", t => new
        {
            Code = t.Text(40),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            SortOrder = t.Column<int>(),
            TrlMin = t.Column<int>(),
            TrlMax = t.Column<int>(),
        }, constraints: t => t.PrimaryKey("PK_RndStages", x => x.Code));

        m.CreateTable("TrlLevels", t => new
        {
            Level = t.Column<int>(),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            DescriptionKo = t.Text(1000, nullable: true),
            DescriptionEn = t.Text(1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_TrlLevels", x => x.Level));

        m.CreateTable("Organizations", t => new
        {
            Id = t.Column<Guid>(),
            Code = t.Text(60, nullable: true),
            Kind = t.Text(32),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            CountryCode = t.Text(2),
            City = t.Text(100, nullable: true),
            Website = t.Text(300, nullable: true),
            SizeClass = t.Text(32, nullable: true),
            IndustryCode = t.Text(40, nullable: true),
            Description = t.Text(4000, nullable: true),
            FoundedYear = t.Column<int>(nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Organizations", x => x.Id);
            t.ForeignKey("FK_Organizations_Countries_CountryCode", x => x.CountryCode, "Countries", "Alpha2", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Organizations_Industries_IndustryCode", x => x.IndustryCode, "Industries", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Organizations_Code", "Organizations", "Code", unique: true);
        m.CreateIndex("IX_Organizations_Kind", "Organizations", "Kind");
        m.CreateIndex("IX_Organizations_CountryCode", "Organizations", "CountryCode");
        m.CreateIndex("IX_Organizations_IndustryCode", "Organizations", "IndustryCode");
        m.CreateIndex("IX_Organizations_NameKo", "Organizations", "NameKo");
        m.CreateIndex("IX_Organizations_NameEn", "Organizations", "NameEn");

        m.CreateTable("OrganizationFields", t => new
        {
            OrganizationId = t.Column<Guid>(),
            FieldCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OrganizationFields", x => new { x.OrganizationId, x.FieldCode });
            t.ForeignKey("FK_OrganizationFields_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_OrganizationFields_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_OrganizationFields_FieldCode", "OrganizationFields", "FieldCode");

        m.CreateTable("People", t => new
        {
            Id = t.Column<Guid>(),
            Kind = t.Text(32),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            Position = t.Text(200, nullable: true),
            Email = t.Text(256, nullable: true),
            CountryCode = t.Text(2),
            Bio = t.Text(4000, nullable: true),
            Keywords = t.Text(1000, nullable: true),
            IsDemo = t.Column<bool>(),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_People", x => x.Id);
            t.ForeignKey("FK_People_Countries_CountryCode", x => x.CountryCode, "Countries", "Alpha2", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_People_Kind", "People", "Kind");
        m.CreateIndex("IX_People_CountryCode", "People", "CountryCode");
        m.CreateIndex("IX_People_NameKo", "People", "NameKo");
        m.CreateIndex("IX_People_NameEn", "People", "NameEn");

        m.CreateTable("PersonFields", t => new
        {
            PersonId = t.Column<Guid>(),
            FieldCode = t.Text(40),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PersonFields", x => new { x.PersonId, x.FieldCode });
            t.ForeignKey("FK_PersonFields_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_PersonFields_Fields_FieldCode", x => x.FieldCode, "Fields", "Code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_PersonFields_FieldCode", "PersonFields", "FieldCode");

        m.CreateTable("Affiliations", t => new
        {
            Id = t.Column<Guid>(),
            PersonId = t.Column<Guid>(),
            OrganizationId = t.Column<Guid>(),
            Role = t.Text(200, nullable: true),
            StartDate = t.Column<DateOnly>(),
            EndDate = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Affiliations", x => x.Id);
            t.ForeignKey("FK_Affiliations_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Affiliations_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Affiliations_PersonId", "Affiliations", "PersonId");
        m.CreateIndex("IX_Affiliations_OrganizationId", "Affiliations", "OrganizationId");

        m.CreateTable("Publications", t => new
        {
            Id = t.Column<Guid>(),
            Title = t.Text(500),
            Abstract = t.Text(8000, nullable: true),
            Year = t.Column<int>(),
            Venue = t.Text(300, nullable: true),
            Doi = t.Text(200, nullable: true),
            Language = t.Text(8),
            IsDemo = t.Column<bool>(),
        }, constraints: t => t.PrimaryKey("PK_Publications", x => x.Id));

        m.CreateTable("PublicationAuthors", t => new
        {
            PublicationId = t.Column<Guid>(),
            PersonId = t.Column<Guid>(),
            AuthorOrder = t.Column<int>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PublicationAuthors", x => new { x.PublicationId, x.PersonId });
            t.ForeignKey("FK_PublicationAuthors_Publications_PublicationId", x => x.PublicationId, "Publications", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_PublicationAuthors_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_PublicationAuthors_PersonId", "PublicationAuthors", "PersonId");

        m.CreateTable("AuditEntries", t => new
        {
            Id = t.Column<Guid>(),
            At = t.Instant(m),
            ActorId = t.Text(64, nullable: true),
            ActorName = t.Text(256),
            RequestId = t.Text(64, nullable: true),
            Action = t.Text(16),
            EntityType = t.Text(100),
            EntityId = t.Text(200),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_At", "AuditEntries", "At");
        m.CreateIndex("IX_AuditEntries_EntityType_EntityId", "AuditEntries", ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "AuditEntries", "PublicationAuthors", "Publications", "Affiliations", "PersonFields", "People",
                     "OrganizationFields", "Organizations", "TrlLevels", "RndStages", "Countries", "Industries", "Fields",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
