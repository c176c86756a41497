using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Availability search across equipment ("the first free 2 days on any XRD in 소재 in January"): for every bookable item
/// matching the catalogue filter, the earliest slot of the wanted length in the window that a booking would accept, earliest
/// first. Answered from the database in two set-based queries (the candidate items; the active reservations and blackouts
/// of all of them in the window, as one UNION ALL), then one pass per item over its merged busy periods in memory.
/// </summary>
/// <remarks>
/// <para>What a slot satisfies, as <see cref="ReservationRules"/> checks a booking: the item's status is bookable
/// (Available, Aged, DisposalCandidate); it starts and ends within operating hours on operating days (KST); it overlaps
/// no blackout and no active reservation (a hold whose time has run out does not count) — including the nights it holds
/// the item; it starts at least the item's lead time from now (that bound rounded up to the whole hour, so results read
/// 14:00 rather than 13:27) and within the booking horizon; its length is within the item's min and max booking hours;
/// it lies inside [from, to).</para>
/// <para><b>Hours</b>: one continuous reservation of exactly that many hours. It may run overnight only where the rules let
/// it (start and end in operating hours, e.g. 17:00 → 10:00 next day on an item open 09–18 is 17 hours).</para>
/// <para><b>Days</b>: N whole operating days as one reservation, the way a booking can hold an item over several days:
/// from opening on the first day to closing on the N-th, the item held overnight in between, on N <i>consecutive calendar
/// days that are all operating days</i>. A run over a closed day (Friday + Monday on a weekday item) is not offered: the
/// reservation would hold the item, and on per-day fees charge, the weekend too. So "2 days" on a weekday 09–18 item is
/// e.g. Tuesday 09:00 → Wednesday 18:00 (33 hours, which must be within the item's max hours); an item open around the
/// clock gives 48 hours from midnight.</para>
/// </remarks>
public sealed class AvailabilitySearch(TechBridgeDbContext db, TimeProvider time)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>The longest run of days one reservation can be (the longest a center may allow).</summary>
    public const int MaxDays = EquipmentLimits.MaxBookingHours / 24;

    public async Task<AvailabilitySearchResult> SearchAsync(AvailabilitySearchInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (from, to, limit) = Validate(input);
        var now = Clock.UtcNow(time);
        var candidates = EquipmentQueries.Apply(db.Equipment.AsNoTracking(),
                new EquipmentFilter(TextInput.Blank(input.Query), input.Center, TextInput.Blank(input.Industry)))
            .Where(e => EquipmentStatuses.Bookable.Contains(e.Status));
        var items = await candidates.Select(e => new Candidate(
                e.Id, e.NameKo, e.NameEn, e.CenterId, e.Center!.NameKo, e.Center.NameEn, e.IndustryCode, e.OpensAtMinute, e.ClosesAtMinute,
                e.OperatingDays, e.MinBookingHours, e.MaxBookingHours, e.LeadHours))
            .ToListAsync(cancellationToken);
        // The ids, not the filter again: the catalogue's text match is the costly part of the candidates query.
        var busy = await BusyAsync([.. items.Select(i => i.Id)], from, to, now, cancellationToken);

        var slots = new List<AvailableSlot>();
        foreach (var item in items)
        {
            var rules = new BookingRules
            {
                OpensAtMinute = item.OpensAtMinute, ClosesAtMinute = item.ClosesAtMinute, Days = item.Days, MinHours = item.MinHours,
                MaxHours = item.MaxHours, LeadHours = item.LeadHours,
            };
            var earliest = CeilHour(now + TimeSpan.FromHours(item.LeadHours));
            var latest = now + ReservationLimits.Horizon;
            var taken = busy.TryGetValue(item.Id, out var list) ? list : [];
            var slot = input.Days is { } days
                ? SlotFinder.EarliestDays(rules, from, to, earliest, latest, days, taken)
                : SlotFinder.EarliestHours(rules, from, to, earliest, latest, TimeSpan.FromHours(input.Hours!.Value), taken);
            if (slot is { } s)
            {
                slots.Add(new AvailableSlot(item.Id, item.NameKo, item.NameEn, item.CenterId, item.CenterNameKo, item.CenterNameEn, item.IndustryCode,
                    Kst.ToKst(s.Start), Kst.ToKst(s.End)));
            }
        }

        var ordered = slots.OrderBy(s => s.Start).ThenBy(s => Bilingual.Pick(s.NameKo, s.NameEn), StringComparer.Ordinal).ThenBy(s => s.EquipmentId)
            .Take(limit).ToList();
        return new AvailabilitySearchResult(Kst.ToKst(from), Kst.ToKst(to), input.Hours, input.Days, limit, items.Count, ordered);
    }

    /// <summary>The active reservations and blackouts of the items in the window, merged per item; one query.</summary>
    private async Task<Dictionary<Guid, List<TimeInterval>>> BusyAsync(
        List<Guid> items, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reservations = db.Reservations.AsNoTracking()
            .Where(r => items.Contains(r.EquipmentId) && r.Start < to && from < r.End && ReservationStatuses.Active.Contains(r.Status)
                        && !(r.Status == ReservationStatus.Held && r.HoldExpiresAt <= now))
            .Select(r => new { r.EquipmentId, r.Start, r.End });
        var blackouts = db.EquipmentBlackouts.AsNoTracking()
            .Where(b => items.Contains(b.EquipmentId) && b.Start < to && from < b.End)
            .Select(b => new { b.EquipmentId, b.Start, b.End });
        var rows = await reservations.Concat(blackouts).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.EquipmentId)
            .ToDictionary(g => g.Key, g => SlotFinder.Merge(g.Select(r => new TimeInterval(r.Start, r.End))));
    }

    private static (DateTimeOffset From, DateTimeOffset To, int Limit) Validate(AvailabilitySearchInput input)
    {
        var errors = new ValidationErrors();
        if (input.From is null)
        {
            errors.Add("from", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.From")));
        }

        if (input.To is null)
        {
            errors.Add("to", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.To")));
        }
        else if (input.From is { } start && (input.To <= start || input.To - start > ReservationLimits.MaxAvailabilityWindow))
        {
            errors.Add("to", CoreMessages.Get("Reservation.AvailabilityWindow", (int)ReservationLimits.MaxAvailabilityWindow.TotalDays));
        }

        switch (input)
        {
            case { Hours: null, Days: null }:
                errors.Add("hours", CoreMessages.Get("Availability.LengthRequired"));
                break;
            case { Hours: not null, Days: not null }:
                errors.Add("days", CoreMessages.Get("Availability.OneLength"));
                break;
            case { Hours: { } hours } when hours is < 1 or > EquipmentLimits.MaxBookingHours:
                errors.Add("hours", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.LengthHours"), 1, EquipmentLimits.MaxBookingHours));
                break;
            case { Days: { } days } when days is < 1 or > MaxDays:
                errors.Add("days", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.LengthDays"), 1, MaxDays));
                break;
        }

        if (input.Limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Limit"), 1, MaxLimit));
        }

        errors.ThrowIfAny();
        return (input.From!.Value.ToUniversalTime(), input.To!.Value.ToUniversalTime(), input.Limit ?? DefaultLimit);
    }

    /// <summary>Rounded up to the whole hour (KST is a whole number of hours from UTC, so the same hour in both).</summary>
    private static DateTimeOffset CeilHour(DateTimeOffset instant)
    {
        var rest = instant.Ticks % TimeSpan.TicksPerHour;
        return rest == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerHour - rest);
    }

    private sealed record Candidate(
        Guid Id, string NameKo, string NameEn, Guid CenterId, string CenterNameKo, string CenterNameEn, string IndustryCode, int OpensAtMinute,
        int ClosesAtMinute, OperatingDays Days, int MinHours, int MaxHours, int LeadHours);
}
