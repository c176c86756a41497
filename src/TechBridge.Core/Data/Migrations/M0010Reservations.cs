using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// i-Platform bookings: equipment gets fees, operating hours and booking rules (existing rows: weekdays 09–18, approval
/// needed) and the statuses of its life (retired equipment becomes disposed); maintenance blackouts; reservations, which
/// on PostgreSQL an exclusion constraint keeps from overlapping while active; industries name their representative
/// institution as an organisation instead of free text.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261205000010_Reservations")]
public sealed class M0010Reservations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        if (m.IsSqlite())
        {
            RebuildOnSqlite(m);
        }
        else
        {
            ChangeOnPostgres(m);
        }

        m.CreateTable("EquipmentBlackouts", t => new
        {
            Id = t.Column<Guid>(),
            EquipmentId = t.Column<Guid>(),
            Start = t.Instant(m),
            End = t.Instant(m),
            Reason = t.Text(500),
            CreatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EquipmentBlackouts", x => x.Id);
            t.ForeignKey("FK_EquipmentBlackouts_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_EquipmentBlackouts_Period", "\"Start\" < \"End\"");
        });
        m.CreateIndex("IX_EquipmentBlackouts_EquipmentId_Start", "EquipmentBlackouts", ["EquipmentId", "Start"]);

        m.CreateTable("Reservations", t => new
        {
            Id = t.Column<Guid>(),
            EquipmentId = t.Column<Guid>(),
            CompanyId = t.Column<Guid>(),
            RequestedById = t.Column<Guid>(),
            Start = t.Instant(m),
            End = t.Instant(m),
            Purpose = t.Text(1000),
            Status = t.Text(16),
            HoldExpiresAt = t.Instant(m, nullable: true),
            Reason = t.Text(500, nullable: true),
            CheckedInAt = t.Instant(m, nullable: true),
            CheckedOutAt = t.Instant(m, nullable: true),
            Samples = t.Column<int>(nullable: true),
            FeeKrw = t.Column<long>(nullable: true),
            VatKrw = t.Column<long>(nullable: true),
            IdempotencyKey = t.Text(100, nullable: true),
            CreatedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Reservations", x => x.Id);
            t.ForeignKey("FK_Reservations_Equipment_EquipmentId", x => x.EquipmentId, "Equipment", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reservations_Organizations_CompanyId", x => x.CompanyId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reservations_Users_RequestedById", x => x.RequestedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Reservations_Period", "\"Start\" < \"End\"");
            t.CheckConstraint("CK_Reservations_Status",
                "\"Status\" IN ('Held', 'Requested', 'Confirmed', 'CheckedIn', 'Completed', 'Declined', 'Cancelled', 'Expired', 'NoShow')");
            t.CheckConstraint("CK_Reservations_Samples", "\"Samples\" IS NULL OR \"Samples\" >= 0");
            t.CheckConstraint("CK_Reservations_Fee", "(\"FeeKrw\" IS NULL OR \"FeeKrw\" >= 0) AND (\"VatKrw\" IS NULL OR \"VatKrw\" >= 0)");
        });
        m.CreateIndex("IX_Reservations_EquipmentId_Start", "Reservations", ["EquipmentId", "Start"]);
        m.CreateIndex("IX_Reservations_CompanyId_Start", "Reservations", ["CompanyId", "Start"]);
        m.CreateIndex("IX_Reservations_Status_HoldExpiresAt", "Reservations", ["Status", "HoldExpiresAt"]);
        m.CreateIndex("IX_Reservations_RequestedById_IdempotencyKey", "Reservations", ["RequestedById", "IdempotencyKey"], unique: true);
        if (!m.IsSqlite())
        {
            m.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist");
            m.Sql("""
                ALTER TABLE "Reservations" ADD CONSTRAINT "EX_Reservations_NoOverlap"
                EXCLUDE USING gist ("EquipmentId" WITH =, tstzrange("Start", "End", '[)') WITH &&)
                WHERE ("Status" IN ('Held', 'Requested', 'Confirmed', 'CheckedIn'))
                """);
        }
    }

    private static readonly string[] NewEquipmentColumns =
        ["FeeKrw", "FeeUnit", "VatExempt", "OpensAtMinute", "ClosesAtMinute", "OperatingDays", "MinBookingHours", "MaxBookingHours", "LeadHours",
         "CancelHours", "RequiresApproval", "RequiresTraining"];

    private static void ChangeOnPostgres(MigrationBuilder m)
    {
        m.DropCheckConstraint("CK_Equipment_Status", "Equipment");
        m.Sql("UPDATE \"Equipment\" SET \"Status\" = 'Disposed' WHERE \"Status\" = 'Retired'");
        m.AddCheckConstraint("CK_Equipment_Status", "Equipment", "\"Status\" IN ('Available', 'UnderMaintenance', 'Aged', 'DisposalCandidate', 'Disposed')");
        m.AddColumn<long>("FeeKrw", "Equipment", nullable: false, defaultValue: 0L);
        m.AddColumn<string>("FeeUnit", "Equipment", maxLength: 16, nullable: false, defaultValue: "PerHour");
        m.AddColumn<bool>("VatExempt", "Equipment", nullable: false, defaultValue: false);
        m.AddColumn<int>("OpensAtMinute", "Equipment", nullable: false, defaultValue: 9 * 60);
        m.AddColumn<int>("ClosesAtMinute", "Equipment", nullable: false, defaultValue: 18 * 60);
        m.AddColumn<int>("OperatingDays", "Equipment", nullable: false, defaultValue: 31);
        m.AddColumn<int>("MinBookingHours", "Equipment", nullable: false, defaultValue: 1);
        m.AddColumn<int>("MaxBookingHours", "Equipment", nullable: false, defaultValue: 24 * 14);
        m.AddColumn<int>("LeadHours", "Equipment", nullable: false, defaultValue: 24);
        m.AddColumn<int>("CancelHours", "Equipment", nullable: false, defaultValue: 24);
        m.AddColumn<bool>("RequiresApproval", "Equipment", nullable: false, defaultValue: true);
        m.AddColumn<bool>("RequiresTraining", "Equipment", nullable: false, defaultValue: false);
        foreach (var column in NewEquipmentColumns)
        {
            // The defaults fill the existing rows; the model has none.
            m.Sql($"ALTER TABLE \"Equipment\" ALTER COLUMN \"{column}\" DROP DEFAULT");
        }

        m.AddCheckConstraint("CK_Equipment_FeeUnit", "Equipment", "\"FeeUnit\" IN ('PerHour', 'PerDay', 'PerSample')");
        m.AddCheckConstraint("CK_Equipment_Fee", "Equipment", "\"FeeKrw\" >= 0");
        m.AddCheckConstraint("CK_Equipment_OperatingHours", "Equipment",
            "\"OpensAtMinute\" >= 0 AND \"ClosesAtMinute\" <= 1440 AND \"OpensAtMinute\" < \"ClosesAtMinute\"");
        m.AddCheckConstraint("CK_Equipment_BookingHours", "Equipment",
            "\"MinBookingHours\" >= 1 AND \"MaxBookingHours\" >= \"MinBookingHours\" AND \"LeadHours\" >= 0 AND \"CancelHours\" >= 0");

        m.DropColumn("RepresentativeInstitutionKo", "Industries");
        m.DropColumn("RepresentativeInstitutionEn", "Industries");
        m.AddColumn<Guid>("RepresentativeInstitutionId", "Industries", nullable: true);
        m.CreateIndex("IX_Industries_RepresentativeInstitutionId", "Industries", "RepresentativeInstitutionId");
        m.AddForeignKey("FK_Industries_Organizations_RepresentativeInstitutionId", "Industries", "RepresentativeInstitutionId",
            "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
    }

    /// <summary>
    /// SQLite cannot change a table's constraints in place: the two tables are rebuilt the way EF Core rebuilds them (a new
    /// table, the rows copied, the old one dropped, the new one renamed, foreign keys off meanwhile), with their final DDL.
    /// </summary>
    private static void RebuildOnSqlite(MigrationBuilder m)
    {
        m.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        m.Sql("""
            CREATE TABLE "ef_temp_Equipment" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Equipment" PRIMARY KEY,
                "CenterId" TEXT NOT NULL,
                "NameKo" TEXT NOT NULL,
                "NameEn" TEXT NOT NULL,
                "Model" TEXT NULL,
                "Manufacturer" TEXT NULL,
                "IndustryCode" TEXT NOT NULL,
                "TrlMin" INTEGER NOT NULL,
                "TrlMax" INTEGER NOT NULL,
                "DescriptionKo" TEXT NOT NULL,
                "DescriptionEn" TEXT NULL,
                "YearAcquired" INTEGER NULL,
                "Status" TEXT NOT NULL,
                "FeeNote" TEXT NULL,
                "FeeKrw" INTEGER NOT NULL,
                "FeeUnit" TEXT NOT NULL,
                "VatExempt" INTEGER NOT NULL,
                "OpensAtMinute" INTEGER NOT NULL,
                "ClosesAtMinute" INTEGER NOT NULL,
                "OperatingDays" INTEGER NOT NULL,
                "MinBookingHours" INTEGER NOT NULL,
                "MaxBookingHours" INTEGER NOT NULL,
                "LeadHours" INTEGER NOT NULL,
                "CancelHours" INTEGER NOT NULL,
                "RequiresApproval" INTEGER NOT NULL,
                "RequiresTraining" INTEGER NOT NULL,
                "IsDemo" INTEGER NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "UpdatedAt" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL DEFAULT 1,
                CONSTRAINT "CK_Equipment_BookingHours" CHECK ("MinBookingHours" >= 1 AND "MaxBookingHours" >= "MinBookingHours" AND "LeadHours" >= 0 AND "CancelHours" >= 0),
                CONSTRAINT "CK_Equipment_Fee" CHECK ("FeeKrw" >= 0),
                CONSTRAINT "CK_Equipment_FeeUnit" CHECK ("FeeUnit" IN ('PerHour', 'PerDay', 'PerSample')),
                CONSTRAINT "CK_Equipment_OperatingHours" CHECK ("OpensAtMinute" >= 0 AND "ClosesAtMinute" <= 1440 AND "OpensAtMinute" < "ClosesAtMinute"),
                CONSTRAINT "CK_Equipment_Status" CHECK ("Status" IN ('Available', 'UnderMaintenance', 'Aged', 'DisposalCandidate', 'Disposed')),
                CONSTRAINT "CK_Equipment_Trl" CHECK (("TrlMin" IS NULL OR "TrlMin" BETWEEN 1 AND 9) AND ("TrlMax" IS NULL OR "TrlMax" BETWEEN 1 AND 9) AND ("TrlMin" IS NULL OR "TrlMax" IS NULL OR "TrlMin" <= "TrlMax")),
                CONSTRAINT "CK_Equipment_YearAcquired" CHECK ("YearAcquired" IS NULL OR "YearAcquired" >= 1950),
                CONSTRAINT "FK_Equipment_Industries_IndustryCode" FOREIGN KEY ("IndustryCode") REFERENCES "Industries" ("Code") ON DELETE RESTRICT,
                CONSTRAINT "FK_Equipment_Organizations_CenterId" FOREIGN KEY ("CenterId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
            );
            """);
        m.Sql("""
            INSERT INTO "ef_temp_Equipment" ("Id", "CenterId", "NameKo", "NameEn", "Model", "Manufacturer", "IndustryCode", "TrlMin", "TrlMax",
                "DescriptionKo", "DescriptionEn", "YearAcquired", "Status", "FeeNote", "FeeKrw", "FeeUnit", "VatExempt", "OpensAtMinute",
                "ClosesAtMinute", "OperatingDays", "MinBookingHours", "MaxBookingHours", "LeadHours", "CancelHours", "RequiresApproval",
                "RequiresTraining", "IsDemo", "CreatedAt", "UpdatedAt", "Version")
            SELECT "Id", "CenterId", "NameKo", "NameEn", "Model", "Manufacturer", "IndustryCode", "TrlMin", "TrlMax",
                "DescriptionKo", "DescriptionEn", "YearAcquired", CASE "Status" WHEN 'Retired' THEN 'Disposed' ELSE "Status" END, "FeeNote",
                0, 'PerHour', 0, 540, 1080, 31, 1, 336, 24, 24, 1, 0, "IsDemo", "CreatedAt", "UpdatedAt", "Version"
            FROM "Equipment";
            """);
        m.Sql("DROP TABLE \"Equipment\";");
        m.Sql("ALTER TABLE \"ef_temp_Equipment\" RENAME TO \"Equipment\";");
        foreach (var column in new[] { "CenterId", "IndustryCode", "NameEn", "NameKo", "Status" })
        {
            m.CreateIndex($"IX_Equipment_{column}", "Equipment", column);
        }

        m.Sql("""
            CREATE TABLE "ef_temp_Industries" (
                "Code" TEXT NOT NULL CONSTRAINT "PK_Industries" PRIMARY KEY,
                "NameKo" TEXT NOT NULL,
                "NameEn" TEXT NOT NULL,
                "SortOrder" INTEGER NOT NULL,
                "RepresentativeInstitutionId" TEXT NULL,
                CONSTRAINT "FK_Industries_Organizations_RepresentativeInstitutionId" FOREIGN KEY ("RepresentativeInstitutionId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
            );
            """);
        m.Sql("INSERT INTO \"ef_temp_Industries\" (\"Code\", \"NameKo\", \"NameEn\", \"SortOrder\") SELECT \"Code\", \"NameKo\", \"NameEn\", \"SortOrder\" FROM \"Industries\";");
        m.Sql("DROP TABLE \"Industries\";");
        m.Sql("ALTER TABLE \"ef_temp_Industries\" RENAME TO \"Industries\";");
        m.CreateIndex("IX_Industries_RepresentativeInstitutionId", "Industries", "RepresentativeInstitutionId");
        m.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    /// <summary>Reverses the PostgreSQL change; on SQLite, restore the backup taken before upgrading.</summary>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        if (m.IsSqlite())
        {
            throw new NotSupportedException("Downgrading SQLite past this migration is not supported; restore the backup taken before upgrading.");
        }

        m.DropTable("Reservations");
        m.DropTable("EquipmentBlackouts");
        m.DropForeignKey("FK_Industries_Organizations_RepresentativeInstitutionId", "Industries");
        m.DropIndex("IX_Industries_RepresentativeInstitutionId", "Industries");
        m.DropColumn("RepresentativeInstitutionId", "Industries");
        m.AddColumn<string>("RepresentativeInstitutionKo", "Industries", maxLength: 200, nullable: true);
        m.AddColumn<string>("RepresentativeInstitutionEn", "Industries", maxLength: 200, nullable: true);
        foreach (var check in new[] { "CK_Equipment_FeeUnit", "CK_Equipment_Fee", "CK_Equipment_OperatingHours", "CK_Equipment_BookingHours", "CK_Equipment_Status" })
        {
            m.DropCheckConstraint(check, "Equipment");
        }

        foreach (var column in new[] { "FeeKrw", "FeeUnit", "VatExempt", "OpensAtMinute", "ClosesAtMinute", "OperatingDays", "MinBookingHours",
                     "MaxBookingHours", "LeadHours", "CancelHours", "RequiresApproval", "RequiresTraining" })
        {
            m.DropColumn(column, "Equipment");
        }

        m.Sql("UPDATE \"Equipment\" SET \"Status\" = 'Retired' WHERE \"Status\" = 'Disposed'");
        m.Sql("UPDATE \"Equipment\" SET \"Status\" = 'Available' WHERE \"Status\" IN ('Aged', 'DisposalCandidate')");
        m.AddCheckConstraint("CK_Equipment_Status", "Equipment", "\"Status\" IN ('Available', 'UnderMaintenance', 'Retired')");
    }
}
