using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Transactions;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// Events and registration: a coordinator or program manager creates an event (a draft), changes it, opens registration,
/// and after the event closes it; company, researcher and center users register (and update) their profile while registration is
/// open. Every change is audited by the DbContext in the same transaction.
/// </summary>
public sealed class EventService(TechBridgeDbContext db, EventAccess access, EventNotices notices, TaxonomyCatalog taxonomy, TimeProvider time)
{
    /// <summary>The transitions the organiser makes by hand; publishing (Open → Scheduled) is the schedule's.</summary>
    private static readonly Dictionary<PartneringEventStatus, PartneringEventStatus> Next = new()
    {
        [PartneringEventStatus.Draft] = PartneringEventStatus.Open,
        [PartneringEventStatus.Scheduled] = PartneringEventStatus.Closed,
    };

    public async Task<Guid> CreateAsync(Guid userId, EventInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var roles = await access.RolesAsync(userId, cancellationToken);
        if (!roles.Any(r => EventAccess.OrganizerRoles.Contains(r)))
        {
            throw new ForbiddenException(CoreMessages.Get("Event.CreateRefused"));
        }

        var e = Validate(input, current: null);
        var created = new PartneringEvent
        {
            NameKo = e.NameKo, NameEn = e.NameEn, Description = e.Description, Venue = e.Venue, IsOnline = e.IsOnline, FirstDay = e.FirstDay,
            LastDay = e.LastDay, DailyStartMinute = e.DailyStartMinute, DailyEndMinute = e.DailyEndMinute, MeetingMinutes = e.MeetingMinutes,
            TableCount = e.TableCount, RegistrationDeadline = e.RegistrationDeadline, Status = PartneringEventStatus.Draft,
            OrganizerId = userId, CreatedAt = Clock.UtcNow(time),
        };
        db.PartneringEvents.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created.Id;
    }

    /// <summary>
    /// Changes the event until it closes. Names, description, venue, tables and the registration deadline may change; the
    /// days, daily hours and meeting length number the slots participants marked unavailable and meetings sit in, so they
    /// change only while nobody has registered; the tables never drop below a table a placed meeting uses. A past first day
    /// or deadline is refused only when it is being changed. Registered participants hear of a new name, venue or deadline.
    /// </summary>
    public async Task UpdateAsync(Guid userId, Guid eventId, EventInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (e, _) = await access.ManagedAsync(userId, eventId, cancellationToken);
        ExpectedVersion.Check(e, expectedVersion, nameof(PartneringEvent), eventId);
        if (e.Status == PartneringEventStatus.Closed)
        {
            throw new BusinessRuleException("Event.WrongState", CoreMessages.Get("Event.WrongState", CoreMessages.Get($"Event.Status.{e.Status}")));
        }

        var changed = Validate(input, e);
        var errors = new ValidationErrors();
        if (SlotsDiffer(e, changed) && await db.EventParticipants.AnyAsync(p => p.EventId == eventId, cancellationToken))
        {
            foreach (var field in SlotFieldsChanged(e, changed))
            {
                errors.Add(field, CoreMessages.Get("Event.SlotsFixed"));
            }
        }

        var highestTable = await db.EventPlacements.Where(p => p.EventId == eventId).MaxAsync(p => (int?)p.TableNumber, cancellationToken);
        if (highestTable > changed.TableCount)
        {
            errors.Add("tables", CoreMessages.Get("Event.TablesInUse", EventSlots.Table(highestTable.Value), highestTable.Value));
        }

        errors.ThrowIfAny();
        var tell = e.Status != PartneringEventStatus.Draft
            && (e.NameKo != changed.NameKo || e.NameEn != changed.NameEn || e.Venue != changed.Venue || e.IsOnline != changed.IsOnline
                || e.RegistrationDeadline != changed.RegistrationDeadline);
        (e.NameKo, e.NameEn, e.Description, e.Venue, e.IsOnline) = (changed.NameKo, changed.NameEn, changed.Description, changed.Venue, changed.IsOnline);
        (e.FirstDay, e.LastDay, e.DailyStartMinute, e.DailyEndMinute, e.MeetingMinutes) =
            (changed.FirstDay, changed.LastDay, changed.DailyStartMinute, changed.DailyEndMinute, changed.MeetingMinutes);
        (e.TableCount, e.RegistrationDeadline) = (changed.TableCount, changed.RegistrationDeadline);
        await db.SaveChangesAsync(cancellationToken);
        if (tell)
        {
            await notices.ChangedAsync(e, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Draft → Open, or Scheduled → Closed; anything else is refused naming the current state.</summary>
    public async Task AdvanceAsync(Guid userId, Guid eventId, PartneringEventStatus to, CancellationToken cancellationToken = default)
    {
        var (e, _) = await access.ManagedAsync(userId, eventId, cancellationToken);
        if (!Next.TryGetValue(e.Status, out var allowed) || allowed != to)
        {
            throw new BusinessRuleException("Event.WrongState", CoreMessages.Get("Event.WrongState", CoreMessages.Get($"Event.Status.{e.Status}")));
        }

        e.Status = to;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Registers the user (or updates their profile) while registration is open; returns the participant's id.</summary>
    public async Task<Guid> RegisterAsync(Guid userId, Guid eventId, RegistrationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (e, viewer) = await access.EventAsync(userId, eventId, cancellationToken);
        if (!viewer.CanRegister)
        {
            throw new ForbiddenException(CoreMessages.Get("Event.RegisterRefused"));
        }

        if (e.Status != PartneringEventStatus.Open || Clock.UtcNow(time) >= e.RegistrationDeadline)
        {
            throw new BusinessRuleException("Event.RegistrationClosed", CoreMessages.Get("Event.RegistrationClosed"));
        }

        var slots = EventSlots.Of(e).Count;
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        errors.RequireText("organization", input.Organization, "Event.Field.Organization", EventLimits.OrganizationLength);
        errors.PlainText("organization", input.Organization);
        errors.MaxLength("offers", input.Offers, "Event.Field.Offers", EventLimits.ProfileTextLength);
        errors.MaxLength("requests", input.Requests, "Event.Field.Requests", EventLimits.ProfileTextLength);
        if (string.IsNullOrWhiteSpace(input.Offers) && string.IsNullOrWhiteSpace(input.Requests))
        {
            errors.Add("offers", CoreMessages.Get("Event.OffersOrRequests"));
        }

        errors.KnownCodes("fields", input.Fields, "Field.Fields", catalog.Fields.ContainsKey);
        var fields = TextInput.Codes(input.Fields);
        if (string.Join(',', fields).Length > EventLimits.FieldCodesLength)
        {
            errors.Add("fields", CoreMessages.Get("Event.TooManyFields"));
        }

        var unavailable = (input.UnavailableSlots ?? []).Distinct().Order().ToList();
        if (unavailable.Any(s => s < 0 || s >= slots))
        {
            errors.Add("unavailableSlots", CoreMessages.Get("Event.UnknownSlot"));
        }

        errors.ThrowIfAny();
        var now = Clock.UtcNow(time);
        return await SerializableTransaction.RunAsync(db, async ct =>
        {
            var participant = await db.EventParticipants.SingleOrDefaultAsync(p => p.EventId == eventId && p.UserId == userId, ct);
            if (participant is null)
            {
                participant = new EventParticipant { EventId = eventId, UserId = userId, RegisteredAt = now };
                db.EventParticipants.Add(participant);
            }

            participant.Organization = input.Organization!.Trim();
            participant.Offers = input.Offers?.Trim() ?? string.Empty;
            participant.Requests = input.Requests?.Trim() ?? string.Empty;
            participant.FieldCodes = string.Join(',', fields);
            participant.UnavailableSlots = string.Join(',', unavailable.Select(s => s.ToString(CultureInfo.InvariantCulture)));
            participant.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return participant.Id;
        }, cancellationToken);
    }

    /// <summary>The event the input describes; <paramref name="current"/> is the event being changed (null for a new one).</summary>
    private PartneringEvent Validate(EventInput input, PartneringEvent? current)
    {
        var errors = new ValidationErrors();
        errors.RequireText("nameKo", input.NameKo, "Event.Field.NameKo", EventLimits.NameLength);
        errors.MaxLength("nameEn", input.NameEn, "Event.Field.NameEn", EventLimits.NameLength);
        errors.MaxLength("description", input.Description, "Event.Field.Description", EventLimits.DescriptionLength);
        foreach (var (field, value) in new[] { ("nameKo", input.NameKo), ("nameEn", input.NameEn), ("venue", input.Venue) })
        {
            errors.PlainText(field, value);
        }

        if (!input.IsOnline)
        {
            errors.RequireText("venue", input.Venue, "Event.Field.Venue", EventLimits.VenueLength);
        }
        else
        {
            errors.MaxLength("venue", input.Venue, "Event.Field.Venue", EventLimits.VenueLength);
        }

        var first = Day(errors, "firstDay", input.FirstDay, "Event.Field.FirstDay");
        var last = string.IsNullOrWhiteSpace(input.LastDay) ? first : Day(errors, "lastDay", input.LastDay, "Event.Field.LastDay");
        var deadline = Day(errors, "registrationDeadline", input.RegistrationDeadline, "Event.Field.RegistrationDeadline");
        var start = Minute(errors, "dailyStart", input.DailyStart, "Event.Field.DailyStart");
        var end = Minute(errors, "dailyEnd", input.DailyEnd, "Event.Field.DailyEnd");
        if (input.MeetingMinutes is not { } length || length < EventLimits.MinMeetingMinutes || length > EventLimits.MaxMeetingMinutes)
        {
            errors.Add("meetingMinutes", CoreMessages.Get("Validation.Range", CoreMessages.Get("Event.Field.MeetingMinutes"), EventLimits.MinMeetingMinutes, EventLimits.MaxMeetingMinutes));
        }

        if (input.Tables is not { } tables || tables < 1 || tables > EventLimits.MaxTables)
        {
            errors.Add("tables", CoreMessages.Get("Validation.Range", CoreMessages.Get("Event.Field.Tables"), 1, EventLimits.MaxTables));
        }

        var today = DateOnly.FromDateTime(Kst.ToKst(Clock.UtcNow(time)).DateTime);
        if (first is { } f && last is { } l)
        {
            if (f < today && f != current?.FirstDay)
            {
                errors.Add("firstDay", CoreMessages.Get("Event.PastDay"));
            }

            if (l < f || l.DayNumber - f.DayNumber >= EventLimits.MaxDays)
            {
                errors.Add("lastDay", CoreMessages.Get("Event.Days", EventLimits.MaxDays));
            }
        }

        var unchangedDeadline = current is not null && deadline is { } kept && EventDeadline.ClosesAt(kept) == current.RegistrationDeadline;
        if (deadline is { } d && first is { } f2 && (d > f2 || (d < today && !unchangedDeadline)))
        {
            errors.Add("registrationDeadline", CoreMessages.Get("Event.Deadline"));
        }

        if (start is { } s && end is { } e2 && s >= e2)
        {
            errors.Add("dailyEnd", CoreMessages.Get("Event.Hours"));
        }

        if (!errors.HasErrors)
        {
            var count = EventSlots.Of(first!.Value, last!.Value, start!.Value, end!.Value, input.MeetingMinutes!.Value).Count;
            if (count == 0 || count > EventLimits.MaxSlots)
            {
                errors.Add("meetingMinutes", CoreMessages.Get("Event.SlotCount", EventLimits.MaxSlots));
            }
        }

        errors.ThrowIfAny();
        return new PartneringEvent
        {
            NameKo = input.NameKo!.Trim(), NameEn = input.NameEn?.Trim() ?? string.Empty, Description = input.Description?.Trim() ?? string.Empty,
            Venue = string.IsNullOrWhiteSpace(input.Venue) ? null : input.Venue.Trim(), IsOnline = input.IsOnline, FirstDay = first!.Value, LastDay = last!.Value,
            DailyStartMinute = start!.Value, DailyEndMinute = end!.Value, MeetingMinutes = input.MeetingMinutes!.Value, TableCount = input.Tables!.Value,
            RegistrationDeadline = EventDeadline.ClosesAt(deadline!.Value), Status = current?.Status ?? PartneringEventStatus.Draft,
        };
    }

    private static bool SlotsDiffer(PartneringEvent a, PartneringEvent b) => SlotFieldsChanged(a, b).Any();

    /// <summary>The form fields whose change renumbers the slots.</summary>
    private static IEnumerable<string> SlotFieldsChanged(PartneringEvent a, PartneringEvent b)
    {
        if (a.FirstDay != b.FirstDay)
        {
            yield return "firstDay";
        }

        if (a.LastDay != b.LastDay)
        {
            yield return "lastDay";
        }

        if (a.DailyStartMinute != b.DailyStartMinute)
        {
            yield return "dailyStart";
        }

        if (a.DailyEndMinute != b.DailyEndMinute)
        {
            yield return "dailyEnd";
        }

        if (a.MeetingMinutes != b.MeetingMinutes)
        {
            yield return "meetingMinutes";
        }
    }

    private static DateOnly? Day(ValidationErrors errors, string field, string? value, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, CoreMessages.Get("Validation.Required", CoreMessages.Get(labelKey)));
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, CoreMessages.Get("Event.BadDate", CoreMessages.Get(labelKey)));
        return null;
    }

    private static int? Minute(ValidationErrors errors, string field, string? value, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, CoreMessages.Get("Validation.Required", CoreMessages.Get(labelKey)));
            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return (t.Hour * 60) + t.Minute;
        }

        errors.Add(field, CoreMessages.Get("Event.BadTime", CoreMessages.Get(labelKey)));
        return null;
    }
}
