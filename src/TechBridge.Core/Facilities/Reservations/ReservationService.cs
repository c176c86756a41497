using System.Data;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Books equipment and moves reservations through their states. Overlap is refused by the database: on PostgreSQL the
/// exclusion constraint on active reservations, on SQLite the check made inside BEGIN IMMEDIATE, which holds the single
/// write lock from the check to the commit. Each change is audited and notified in the same transaction.
/// </summary>
public sealed class ReservationService(
    TechBridgeDbContext db, FacilityActors actors, TimeProvider time, ReservationNotices notices)
{
    /// <summary>
    /// Books [start, end) for the signed-in company user's company. With an Idempotency-Key, a retry of the same request
    /// returns the reservation the first one made (<c>Replayed</c>), a different request under the same key is refused.
    /// </summary>
    public async Task<(Guid Id, bool Replayed)> CreateAsync(
        Guid userId, Guid equipmentId, ReservationInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await actors.FindAsync(userId, cancellationToken);
        if (actor?.CompanyId is not { } companyId)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NoCompanyAccountForBooking"));
        }

        var key = ValidateKey(idempotencyKey);
        if (key is not null && await ReplayAsync(userId, equipmentId, input, key, cancellationToken) is { } earlier)
        {
            return (earlier, true);
        }

        var equipment = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(e => e.Id == equipmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Equipment), equipmentId);
        var now = Clock.UtcNow(time);
        var period = ReservationRules.Validate(input, equipment.Rules, equipment.Status, now);
        await ReservationRules.CheckBlackoutsAsync(db, equipmentId, period, cancellationToken);

        var reservation = new Reservation
        {
            EquipmentId = equipmentId, CompanyId = companyId, RequestedById = userId, Start = period.Start, End = period.End,
            Purpose = input.Purpose!.Trim(),
            Status = input.Hold ? ReservationStatus.Held : equipment.Rules.RequiresApproval ? ReservationStatus.Requested : ReservationStatus.Confirmed,
            HoldExpiresAt = input.Hold ? now + ReservationLimits.DefaultHold : null,
            IdempotencyKey = key, CreatedAt = now, UpdatedAt = now,
        };
        try
        {
            await BookAsync(reservation, now, null, cancellationToken);
        }
        catch (Exception e) when (key is not null && (e is ReservationConflictException || (e is DbUpdateException && IsUniqueViolation(e))))
        {
            // The same key raced with itself: the other attempt booked (on SQLite this attempt then finds the period taken
            // by it, on PostgreSQL the unique key refuses it); answer with its reservation.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(userId, equipmentId, input, key, cancellationToken) is { } winner)
            {
                return (winner, true);
            }

            throw;
        }

        return (reservation.Id, false);
    }

    /// <summary>
    /// Books the slot a center quoted, for the company user accepting the quote: confirmed at once (the center proposed it),
    /// with <paramref name="enlist"/> run inside the booking's transaction before it commits, so the caller's own changes
    /// (the accepted quote) are saved with the reservation or not at all. The slot must still be free (409 otherwise).
    /// </summary>
    internal async Task<Guid> CreateQuotedAsync(Guid userId, Guid companyId, Guid equipmentId, TimeInterval slot, string purpose,
        Func<Reservation, Task> enlist, CancellationToken cancellationToken)
    {
        var now = Clock.UtcNow(time);
        var reservation = new Reservation
        {
            EquipmentId = equipmentId, CompanyId = companyId, RequestedById = userId, Start = slot.Start, End = slot.End, Purpose = purpose,
            Status = ReservationStatus.Confirmed, CreatedAt = now, UpdatedAt = now,
        };
        await BookAsync(reservation, now, enlist, cancellationToken);
        return reservation.Id;
    }

    /// <summary>Applies an action as the user; the user must be allowed it on this reservation and the status must allow it.</summary>
    public async Task ActAsync(Guid userId, Guid id, ReservationAction action, ReservationDecision? decision = null, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        decision ??= new ReservationDecision();
        var actor = await actors.FindAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Reservation), id);
        var equipment = await db.Equipment.AsNoTracking().Where(e => e.Id == reservation.EquipmentId)
            .Select(e => new { e.CenterId, e.IndustryCode, e.RequiresApproval, e.CancelHours, e.FeeKrw, e.FeeUnit, e.VatExempt })
            .SingleAsync(cancellationToken);
        var runsCenter = actor.CanRunCenter(equipment.CenterId);
        var isCompany = actor.CompanyId == reservation.CompanyId;
        if (!ReservationPermissions.May(action, isCompany, runsCenter))
        {
            throw (isCompany || actor.CanSeeCenter(equipment.CenterId, equipment.IndustryCode)
                ? new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"))
                : new NotFoundException(nameof(Reservation), id));
        }

        ExpectedVersion.Check(reservation, expectedVersion, nameof(Reservation), id);
        var now = Clock.UtcNow(time);
        var to = ReservationTransitions.Next(reservation.Status, action, equipment.RequiresApproval)
            ?? throw new BusinessRuleException("Reservation.Transition", CoreMessages.Get("Reservation.Transition",
                CoreMessages.Get($"ReservationStatus.{reservation.Status}"), CoreMessages.Get($"ReservationAction.{action}")));
        var errors = new ValidationErrors();
        switch (action)
        {
            case ReservationAction.Confirm when reservation.HoldExpiresAt <= now:
                throw new BusinessRuleException("Reservation.HoldExpired", CoreMessages.Get("Reservation.HoldExpired"));
            case ReservationAction.Decline:
            case ReservationAction.Cancel when runsCenter && !isCompany:
                errors.RequireText(nameof(decision.Reason), decision.Reason, "Field.Reason", EquipmentLimits.ReasonLength);
                break;
            case ReservationAction.Cancel when reservation.Status == ReservationStatus.Confirmed && !runsCenter
                                               && reservation.Start - now < TimeSpan.FromHours(equipment.CancelHours):
                throw new BusinessRuleException("Reservation.CancelTooLate", CoreMessages.Get("Reservation.CancelTooLate", equipment.CancelHours));
            case ReservationAction.CheckIn when now < reservation.Start - ReservationRules.CheckInEarly:
                throw new BusinessRuleException("Reservation.CheckInTooEarly", CoreMessages.Get("Reservation.CheckInTooEarly"));
            case ReservationAction.NoShow when now < reservation.Start:
                throw new BusinessRuleException("Reservation.NoShowTooEarly", CoreMessages.Get("Reservation.NoShowTooEarly"));
            case ReservationAction.CheckOut when equipment.FeeUnit == FeeUnit.PerSample && decision.Samples is not > 0:
                errors.Add(nameof(decision.Samples), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Samples")));
                break;
        }

        errors.MaxLength(nameof(decision.Reason), decision.Reason, "Field.Reason", EquipmentLimits.ReasonLength);
        if (decision.Samples is < 0 or > ReservationRules.MaxSamples)
        {
            errors.Add(nameof(decision.Samples), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Samples"), 0, ReservationRules.MaxSamples));
        }

        errors.ThrowIfAny();
        var from = reservation.Status;
        reservation.Status = to;
        reservation.UpdatedAt = now;
        reservation.Reason = TextInput.Blank(decision.Reason) ?? reservation.Reason;
        if (to != ReservationStatus.Held)
        {
            reservation.HoldExpiresAt = null;
        }

        switch (action)
        {
            case ReservationAction.CheckIn:
                reservation.CheckedInAt = now;
                break;
            case ReservationAction.CheckOut:
                reservation.CheckedOutAt = now;
                reservation.Samples = decision.Samples;
                (reservation.FeeKrw, reservation.VatKrw) = await QuotedFeeAsync(id, cancellationToken)
                    ?? Fees.For(equipment.FeeKrw, equipment.FeeUnit, equipment.VatExempt, new TimeInterval(reservation.CheckedInAt ?? reservation.Start, now),
                        decision.Samples ?? 0);
                break;
        }

        await notices.ChangedAsync(reservation, action, from, actorIsCompany: isCompany && !runsCenter, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The price and VAT of the accepted quote that booked the reservation, if one did: the company agreed to that price
    /// (a package's, for instance), so it is what the use costs, whatever the equipment's unit fee says.
    /// </summary>
    private async Task<(long Fee, long Vat)?> QuotedFeeAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        var quoted = await db.SupportAssignments.AsNoTracking()
            .Where(a => a.ReservationId == reservationId && a.Status == Requests.SupportAssignmentStatus.Accepted && a.PriceKrw != null)
            .Select(a => new { a.PriceKrw, a.VatKrw }).FirstOrDefaultAsync(cancellationToken);
        return quoted is { PriceKrw: { } price } ? (price, quoted.VatKrw ?? 0) : null;
    }

    /// <summary>Ends the holds whose time ran out (a scheduled sweep; booking also ends them for its item first).</summary>
    public async Task<int> ExpireHoldsAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var expired = await db.Reservations.Where(r => r.Status == ReservationStatus.Held && r.HoldExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var r in expired)
        {
            r.Status = ReservationStatus.Expired;
            r.UpdatedAt = now;
            await notices.ChangedAsync(r, ReservationAction.Expire, ReservationStatus.Held, actorIsCompany: false, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }

    /// <summary>How often a booking is tried when the database picks it as a deadlock victim or a serialization failure.</summary>
    private const int MaxBookingAttempts = 8;

    private async Task BookAsync(Reservation reservation, DateTimeOffset now, Func<Reservation, Task>? enlist, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BookOnceAsync(reservation, now, enlist, cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < MaxBookingAttempts && (e is ConcurrencyConflictException || RetryableDatabaseError.Matches(e)))
            {
                // PostgreSQL: a parallel booking expired the same stale hold and committed first, or two overlapping
                // inserts each waited on the other's exclusion-constraint entry and this one was chosen as the deadlock
                // victim. Start again from what is committed now (the other booking may now be the conflict), after a
                // short random pause that grows with each attempt, so the same contenders do not meet again at once.
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(5, 30) * attempt), cancellationToken);
            }
        }
    }

    private async Task BookOnceAsync(Reservation reservation, DateTimeOffset now, Func<Reservation, Task>? enlist, CancellationToken cancellationToken)
    {
        // SQLite: Serializable is BEGIN IMMEDIATE (the write lock before the check). PostgreSQL: the exclusion constraint decides.
        await using var transaction = await db.Database.BeginTransactionAsync(db.IsSqlite ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted, cancellationToken);
        await ExpireHoldsOfAsync(reservation.EquipmentId, now, cancellationToken);
        if (await FindConflictAsync(reservation, cancellationToken) is { } conflict)
        {
            throw Conflict(conflict);
        }

        db.Reservations.Add(reservation);
        if (enlist is not null)
        {
            // Run on every attempt: a retry starts from a cleared change tracker.
            await enlist(reservation);
        }

        await notices.CreatedAsync(reservation, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsExclusionViolation(e))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            throw Conflict(await FindConflictAsync(reservation, cancellationToken) ?? new TimeInterval(reservation.Start, reservation.End));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ExpireHoldsOfAsync(Guid equipmentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stale = await db.Reservations.Where(r => r.EquipmentId == equipmentId && r.Status == ReservationStatus.Held && r.HoldExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var r in stale)
        {
            r.Status = ReservationStatus.Expired;
            r.UpdatedAt = now;
            await notices.ChangedAsync(r, ReservationAction.Expire, ReservationStatus.Held, actorIsCompany: false, cancellationToken);
        }

        if (stale.Count > 0)
        {
            // Saved before the conflict check, which reads the database: an expired hold no longer blocks the period.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<TimeInterval?> FindConflictAsync(Reservation reservation, CancellationToken cancellationToken) =>
        await db.Reservations.AsNoTracking()
            .Where(r => r.EquipmentId == reservation.EquipmentId && r.Id != reservation.Id && ReservationStatuses.Active.Contains(r.Status)
                        && r.Start < reservation.End && reservation.Start < r.End)
            .OrderBy(r => r.Start)
            .Select(r => (TimeInterval?)new TimeInterval(r.Start, r.End))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The earliest active reservation of the item overlapping the period, if any (a pre-check; booking decides).</summary>
    internal Task<TimeInterval?> FindConflictAsync(Guid equipmentId, TimeInterval period, CancellationToken cancellationToken) =>
        FindConflictAsync(new Reservation { EquipmentId = equipmentId, Start = period.Start, End = period.End }, cancellationToken);

    internal static ReservationConflictException Conflict(TimeInterval conflict) =>
        new(conflict.Start, conflict.End, CoreMessages.Get("Reservation.Conflict", Kst.Format(conflict.Start), Kst.Format(conflict.End)));

    private async Task<Guid?> ReplayAsync(Guid userId, Guid equipmentId, ReservationInput input, string key, CancellationToken cancellationToken)
    {
        var earlier = await db.Reservations.AsNoTracking().Where(r => r.RequestedById == userId && r.IdempotencyKey == key)
            .Select(r => new { r.Id, r.EquipmentId, r.Start, r.End, r.Purpose }).SingleOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        return earlier.EquipmentId == equipmentId && earlier.Start == input.Start && earlier.End == input.End && earlier.Purpose == input.Purpose?.Trim()
            ? earlier.Id
            : throw new IdempotencyKeyReusedException(CoreMessages.Get("Reservation.IdempotencyKeyReused"));
    }

    private static string? ValidateKey(string? key)
    {
        if (key is null)
        {
            return null;
        }

        if (key.Length is 0 or > ReservationLimits.IdempotencyKeyLength || key.Any(c => c < 0x21 || c > 0x7e))
        {
            throw ValidationFailedException.For("idempotencyKey", CoreMessages.Get("Reservation.IdempotencyKeyInvalid", ReservationLimits.IdempotencyKeyLength));
        }

        return key;
    }

    private static bool IsExclusionViolation(Exception e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation };

    private static bool IsUniqueViolation(Exception e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };
}
