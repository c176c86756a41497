using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Technology listings get structure: patents become rows (application and registration number, status, countries, dates),
/// the R&amp;D task gets a number, agency and year, the terms get the licence kinds offered and a fee range; a listing gets
/// its owner's reference key, a version and the status Withdrawn. The old free text is carried over: the Korean application
/// and registration number at the start of <c>PatentNumbers</c> and a trailing US grant or PCT number become patent rows,
/// the task text becomes the task's title (its period's last year the task year), the terms text the conditions (licence
/// kinds read from 전용실시권 / 통상실시권). Numbers the old text held in other shapes are not carried over (only demo
/// data was ever stored there: no page or API could write it).
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000024_TechnologyListings")]
public sealed class M0024TechnologyListings : Migration
{
    private const string Statuses = "\"Status\" IN ('Available', 'UnderNegotiation', 'Licensed', 'Withdrawn')";
    private const string Fee = "(\"FeeMinKrw\" IS NULL OR \"FeeMinKrw\" >= 0) AND (\"FeeMaxKrw\" IS NULL OR \"FeeMaxKrw\" >= 0) AND (\"FeeMinKrw\" IS NULL OR \"FeeMaxKrw\" IS NULL OR \"FeeMinKrw\" <= \"FeeMaxKrw\")";

    // Portable SQL (substr, length, CAST, LIKE behave alike on SQLite and PostgreSQL) over the old columns.
    private const string Exclusive = "CASE WHEN \"TransferTerms\" LIKE '%전용실시권%' THEN TRUE ELSE FALSE END";
    private const string NonExclusive = "CASE WHEN \"TransferTerms\" LIKE '%통상실시권%' THEN TRUE ELSE FALSE END";
    private const string Year = "CASE WHEN \"RndTask\" LIKE '%~____)' THEN CAST(substr(\"RndTask\", length(\"RndTask\") - 4, 4) AS INTEGER) ELSE NULL END";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        var sqlite = m.IsSqlite();
        m.CreateTable("PublicTechnologyPatents", t => new
        {
            TechnologyId = t.Column<Guid>(),
            Position = t.Column<int>(),
            ApplicationNumber = t.Text(40),
            RegistrationNumber = t.Text(40, nullable: true),
            Status = t.Text(16),
            Countries = t.Text(100),
            FilingDate = t.Column<DateOnly>(nullable: true),
            ExpiryDate = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PublicTechnologyPatents", x => new { x.TechnologyId, x.Position });
            t.ForeignKey("FK_PublicTechnologyPatents_PublicTechnologies_TechnologyId", x => x.TechnologyId, "PublicTechnologies", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_PublicTechnologyPatents_Status", "\"Status\" IN ('Filed', 'Registered', 'Expired', 'Abandoned')");
            t.CheckConstraint("CK_PublicTechnologyPatents_Dates", "\"FilingDate\" IS NULL OR \"ExpiryDate\" IS NULL OR \"FilingDate\" < \"ExpiryDate\"");
        });
        m.CreateIndex("IX_PublicTechnologyPatents_ApplicationNumber", "PublicTechnologyPatents", "ApplicationNumber");
        CarryPatents(m);

        if (sqlite)
        {
            RebuildOnSqlite(m);
        }
        else
        {
            ChangeOnPostgres(m);
        }

        m.CreateIndex("IX_PublicTechnologies_OwnerId_ReferenceKey", "PublicTechnologies", ["OwnerId", "ReferenceKey"], unique: true);
    }

    private static void CarryPatents(MigrationBuilder m)
    {
        m.Sql("""
            INSERT INTO "PublicTechnologyPatents" ("TechnologyId", "Position", "ApplicationNumber", "RegistrationNumber", "Status", "Countries")
            SELECT "Id", 0, substr("PatentNumbers", 1, 15),
                CASE WHEN substr("PatentNumbers", 16, 6) = '; 10-2' THEN substr("PatentNumbers", 18, 10) ELSE NULL END,
                CASE WHEN substr("PatentNumbers", 16, 6) = '; 10-2' THEN 'Registered' ELSE 'Filed' END, 'KR'
            FROM "PublicTechnologies" WHERE "PatentNumbers" LIKE '10-____-_______%';
            """);
        m.Sql("""
            INSERT INTO "PublicTechnologyPatents" ("TechnologyId", "Position", "ApplicationNumber", "RegistrationNumber", "Status", "Countries")
            SELECT "Id", 1, substr("PatentNumbers", length("PatentNumbers") - 15, 16), substr("PatentNumbers", length("PatentNumbers") - 15, 16), 'Registered', 'US'
            FROM "PublicTechnologies" WHERE "PatentNumbers" LIKE '10-____-_______%; US __,___,___ B2';
            """);
        m.Sql("""
            INSERT INTO "PublicTechnologyPatents" ("TechnologyId", "Position", "ApplicationNumber", "Status", "Countries")
            SELECT "Id", 1, substr("PatentNumbers", length("PatentNumbers") - 16, 17), 'Filed', 'KR'
            FROM "PublicTechnologies" WHERE "PatentNumbers" LIKE '10-____-_______%; PCT/KR____/0_____';
            """);
    }

    private static void ChangeOnPostgres(MigrationBuilder m)
    {
        m.AddColumn<string>("ReferenceKey", "PublicTechnologies", maxLength: 64, nullable: true);
        m.AddColumn<string>("RndTaskNumber", "PublicTechnologies", maxLength: 40, nullable: true);
        m.AddColumn<string>("RndAgency", "PublicTechnologies", maxLength: 200, nullable: true);
        m.AddColumn<int>("RndYear", "PublicTechnologies", nullable: true);
        m.AddColumn<bool>("OffersExclusive", "PublicTechnologies", nullable: false, defaultValue: false);
        m.AddColumn<bool>("OffersNonExclusive", "PublicTechnologies", nullable: false, defaultValue: false);
        m.AddColumn<bool>("OffersAssignment", "PublicTechnologies", nullable: false, defaultValue: false);
        m.AddColumn<long>("FeeMinKrw", "PublicTechnologies", nullable: true);
        m.AddColumn<long>("FeeMaxKrw", "PublicTechnologies", nullable: true);
        m.AddColumn<long>("Version", "PublicTechnologies", nullable: false, defaultValue: 1L);
        m.Sql($"""
            UPDATE "PublicTechnologies" SET "OffersExclusive" = {Exclusive}, "OffersNonExclusive" = {NonExclusive}, "RndYear" = {Year};
            """);
        foreach (var column in new[] { "OffersExclusive", "OffersNonExclusive", "OffersAssignment" })
        {
            // The defaults fill the existing rows; the model has none.
            m.Sql($"ALTER TABLE \"PublicTechnologies\" ALTER COLUMN \"{column}\" DROP DEFAULT");
        }

        m.RenameColumn("RndTask", "PublicTechnologies", "RndTaskTitle");
        m.RenameColumn("TransferTerms", "PublicTechnologies", "TermsConditions");
        m.DropColumn("PatentNumbers", "PublicTechnologies");
        m.DropCheckConstraint("CK_PublicTechnologies_Status", "PublicTechnologies");
        m.AddCheckConstraint("CK_PublicTechnologies_Status", "PublicTechnologies", Statuses);
        m.AddCheckConstraint("CK_PublicTechnologies_Fee", "PublicTechnologies", Fee);
    }

    /// <summary>SQLite cannot change a table's columns and constraints in place: the table is rebuilt the way EF Core rebuilds tables (see M0010).</summary>
    private static void RebuildOnSqlite(MigrationBuilder m)
    {
        m.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        m.Sql($"""
            CREATE TABLE "ef_temp_PublicTechnologies" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_PublicTechnologies" PRIMARY KEY,
                "OwnerId" TEXT NOT NULL,
                "ReferenceKey" TEXT NULL,
                "TitleKo" TEXT NOT NULL,
                "TitleEn" TEXT NOT NULL,
                "Summary" TEXT NOT NULL,
                "Keywords" TEXT NULL,
                "Trl" INTEGER NOT NULL,
                "RndTaskNumber" TEXT NULL,
                "RndAgency" TEXT NULL,
                "RndYear" INTEGER NULL,
                "RndTaskTitle" TEXT NULL,
                "OffersExclusive" INTEGER NOT NULL,
                "OffersNonExclusive" INTEGER NOT NULL,
                "OffersAssignment" INTEGER NOT NULL,
                "FeeMinKrw" INTEGER NULL,
                "FeeMaxKrw" INTEGER NULL,
                "TermsConditions" TEXT NULL,
                "Status" TEXT NOT NULL,
                "ContactPersonId" TEXT NULL,
                "IsDemo" INTEGER NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "UpdatedAt" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL DEFAULT 1,
                CONSTRAINT "CK_PublicTechnologies_Fee" CHECK ({Fee}),
                CONSTRAINT "CK_PublicTechnologies_Status" CHECK ({Statuses}),
                CONSTRAINT "CK_PublicTechnologies_Trl" CHECK ("Trl" BETWEEN 1 AND 9),
                CONSTRAINT "FK_PublicTechnologies_Organizations_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
                CONSTRAINT "FK_PublicTechnologies_People_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "People" ("Id") ON DELETE SET NULL
            );
            """);
        m.Sql($"""
            INSERT INTO "ef_temp_PublicTechnologies" ("Id", "OwnerId", "TitleKo", "TitleEn", "Summary", "Keywords", "Trl", "RndYear", "RndTaskTitle",
                "OffersExclusive", "OffersNonExclusive", "OffersAssignment", "TermsConditions", "Status", "ContactPersonId", "IsDemo", "CreatedAt",
                "UpdatedAt", "Version")
            SELECT "Id", "OwnerId", "TitleKo", "TitleEn", "Summary", "Keywords", "Trl", {Year}, "RndTask", {Exclusive}, {NonExclusive}, FALSE,
                "TransferTerms", "Status", "ContactPersonId", "IsDemo", "CreatedAt", "UpdatedAt", 1
            FROM "PublicTechnologies";
            """);
        m.Sql("DROP TABLE \"PublicTechnologies\";");
        m.Sql("ALTER TABLE \"ef_temp_PublicTechnologies\" RENAME TO \"PublicTechnologies\";");
        foreach (var column in new[] { "OwnerId", "ContactPersonId", "Status", "TitleKo" })
        {
            m.CreateIndex($"IX_PublicTechnologies_{column}", "PublicTechnologies", column);
        }

        m.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    /// <summary>Reverses the PostgreSQL change (patent rows and the new columns are dropped); on SQLite, restore the backup taken before upgrading.</summary>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        if (m.IsSqlite())
        {
            throw new NotSupportedException("Downgrading SQLite past this migration is not supported; restore the backup taken before upgrading.");
        }

        m.DropIndex("IX_PublicTechnologies_OwnerId_ReferenceKey", "PublicTechnologies");
        m.DropTable("PublicTechnologyPatents");
        m.DropCheckConstraint("CK_PublicTechnologies_Fee", "PublicTechnologies");
        m.DropCheckConstraint("CK_PublicTechnologies_Status", "PublicTechnologies");
        m.Sql("UPDATE \"PublicTechnologies\" SET \"Status\" = 'Available' WHERE \"Status\" = 'Withdrawn'");
        m.AddCheckConstraint("CK_PublicTechnologies_Status", "PublicTechnologies", "\"Status\" IN ('Available', 'UnderNegotiation', 'Licensed')");
        m.RenameColumn("RndTaskTitle", "PublicTechnologies", "RndTask");
        m.RenameColumn("TermsConditions", "PublicTechnologies", "TransferTerms");
        m.AddColumn<string>("PatentNumbers", "PublicTechnologies", maxLength: 1000, nullable: true);
        foreach (var column in new[] { "ReferenceKey", "RndTaskNumber", "RndAgency", "RndYear", "OffersExclusive", "OffersNonExclusive", "OffersAssignment",
                     "FeeMinKrw", "FeeMaxKrw", "Version" })
        {
            m.DropColumn(column, "PublicTechnologies");
        }
    }
}
