using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities;

/// <summary>
/// Equipment managed by the people of its center: an operator registers, changes and retires the equipment of the center
/// the account is linked to (program managers and administrators any center's) and sets its maintenance blackouts.
/// Equipment with reservations is retired (status Disposed), never deleted, so its history stays.
/// </summary>
public sealed class CenterEquipmentService(TechBridgeDbContext db, EquipmentService equipment, FacilityActors actors, TimeProvider time)
{
    public async Task<Guid> CreateAsync(Guid userId, EquipmentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireCenterAsync(userId, input.CenterId, cancellationToken);
        return await equipment.CreateAsync(input, cancellationToken);
    }

    public async Task UpdateAsync(Guid userId, Guid id, EquipmentInput input, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireCenterAsync(userId, await CenterOfAsync(id, cancellationToken), cancellationToken);
        await RequireCenterAsync(userId, input.CenterId, cancellationToken);
        await RequireDisposalUntouchedAsync(id, input, cancellationToken);
        await equipment.UpdateAsync(id, input, expectedVersion, cancellationToken);
    }

    /// <summary>Whether the user may manage the equipment of this center.</summary>
    public async Task<bool> MayManageAsync(Guid userId, Guid centerId, CancellationToken cancellationToken = default) =>
        (await actors.FindAsync(userId, cancellationToken))?.CanRunCenter(centerId) == true;

    public async Task<Guid> AddBlackoutAsync(Guid userId, Guid equipmentId, DateTimeOffset? start, DateTimeOffset? end, string? reason,
        CancellationToken cancellationToken = default)
    {
        await RequireCenterAsync(userId, await CenterOfAsync(equipmentId, cancellationToken), cancellationToken);
        var errors = new ValidationErrors();
        errors.RequireText(nameof(reason), reason, "Field.Reason", EquipmentLimits.ReasonLength);
        if (start is null || end is null || start >= end)
        {
            errors.Add(nameof(end), CoreMessages.Get("Reservation.PeriodOrder"));
        }

        errors.ThrowIfAny();
        var blackout = new EquipmentBlackout
        {
            EquipmentId = equipmentId, Start = start!.Value.ToUniversalTime(), End = end!.Value.ToUniversalTime(), Reason = reason!.Trim(),
            CreatedAt = Clock.UtcNow(time),
        };
        var clash = await db.Reservations.AsNoTracking()
            .Where(r => r.EquipmentId == equipmentId && ReservationStatuses.Active.Contains(r.Status) && r.Start < blackout.End && blackout.Start < r.End)
            .OrderBy(r => r.Start).Select(r => new { r.Start, r.End }).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            throw new BusinessRuleException("Blackout.Reserved",
                CoreMessages.Get("Blackout.Reserved", Kst.Format(clash.Start), Kst.Format(clash.End)));
        }

        db.EquipmentBlackouts.Add(blackout);
        await db.SaveChangesAsync(cancellationToken);
        return blackout.Id;
    }

    public async Task RemoveBlackoutAsync(Guid userId, Guid equipmentId, Guid blackoutId, CancellationToken cancellationToken = default)
    {
        await RequireCenterAsync(userId, await CenterOfAsync(equipmentId, cancellationToken), cancellationToken);
        var blackout = await db.EquipmentBlackouts.SingleOrDefaultAsync(b => b.Id == blackoutId && b.EquipmentId == equipmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(EquipmentBlackout), blackoutId);
        db.EquipmentBlackouts.Remove(blackout);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>While a disposal case is open, its steps alone move the item's status and center.</summary>
    private async Task RequireDisposalUntouchedAsync(Guid id, EquipmentInput input, CancellationToken cancellationToken)
    {
        var held = await db.Equipment.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Status, e.CenterId, Open = db.DisposalCases.Any(c => c.EquipmentId == id && DisposalStatuses.Open.Contains(c.Status)) })
            .SingleAsync(cancellationToken);
        if (held.Open && (held.Status != input.Status || held.CenterId != input.CenterId))
        {
            throw ValidationFailedException.For(nameof(input.Status), CoreMessages.Get("Disposal.StatusLocked"));
        }
    }

    private async Task<Guid> CenterOfAsync(Guid equipmentId, CancellationToken cancellationToken) =>
        await db.Equipment.AsNoTracking().Where(e => e.Id == equipmentId).Select(e => (Guid?)e.CenterId).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Equipment), equipmentId);

    private async Task RequireCenterAsync(Guid userId, Guid centerId, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(userId, centerId, cancellationToken))
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotYourCenter"));
        }
    }
}
