using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Facilities.Reservations;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    /// <summary>
    /// PostgreSQL's guarantee that active reservations of one item never overlap (created by the migration; EF Core's
    /// model has no exclusion constraints). SQLite serialises bookings in a write transaction instead.
    /// </summary>
    public const string NoOverlapConstraint = "EX_Reservations_NoOverlap";

    public void Configure(EntityTypeBuilder<Reservation> b)
    {
        b.ToTable("Reservations", t =>
        {
            t.HasCheckConstraint("CK_Reservations_Period", "\"Start\" < \"End\"");
            t.HasCheckConstraint("CK_Reservations_Status", CheckSql.OneOf<ReservationStatus>("Status"));
            t.HasCheckConstraint("CK_Reservations_Samples", CheckSql.NullOrAtLeast("Samples", 0));
            t.HasCheckConstraint("CK_Reservations_Fee", "(\"FeeKrw\" IS NULL OR \"FeeKrw\" >= 0) AND (\"VatKrw\" IS NULL OR \"VatKrw\" >= 0)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Purpose).HasMaxLength(EquipmentLimits.PurposeLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(EquipmentLimits.ReasonLength);
        b.Property(x => x.IdempotencyKey).HasMaxLength(ReservationLimits.IdempotencyKeyLength);
        b.HasOne<Equipment>().WithMany().HasForeignKey(x => x.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EquipmentId, x.Start });
        b.HasIndex(x => new { x.CompanyId, x.Start });
        b.HasIndex(x => new { x.Status, x.HoldExpiresAt });
        b.HasIndex(x => new { x.RequestedById, x.IdempotencyKey }).IsUnique();
    }
}
