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

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
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
