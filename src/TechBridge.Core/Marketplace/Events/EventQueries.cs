using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>Reads of partnering events, each scoped by <see cref="EventAccess"/>.</summary>
public sealed class EventQueries(TechBridgeDbContext db, EventAccess access, TaxonomyCatalog taxonomy, TimeProvider time)
{
    /// <summary>Events open, scheduled or closed, plus the drafts the user manages; soonest first.</summary>
    public async Task<IReadOnlyList<EventRow>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var roles = await access.RolesAsync(userId, cancellationToken);
        var overseer = roles.Contains(Roles.ProgramManager) || roles.Contains(Roles.Administrator);
        return await db.PartneringEvents.AsNoTracking()
            .Where(e => e.Status != PartneringEventStatus.Draft || overseer || e.OrganizerId == userId)
            .OrderByDescending(e => e.Status == PartneringEventStatus.Open).ThenBy(e => e.FirstDay).ThenBy(e => e.Id)
            .Select(e => new EventRow(e.Id, e.NameKo, e.NameEn, e.Status, e.FirstDay, e.LastDay, e.Venue, e.IsOnline,
                db.EventParticipants.Count(p => p.EventId == e.Id), db.EventParticipants.Any(p => p.EventId == e.Id && p.UserId == userId)))
            .ToListAsync(cancellationToken);
    }

    public async Task<EventDetail> DetailAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var (e, viewer) = await access.EventAsync(userId, eventId, cancellationToken);
        var organizer = await db.Users.AsNoTracking().Where(u => u.Id == e.OrganizerId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var count = await db.EventParticipants.CountAsync(p => p.EventId == eventId, cancellationToken);
        var me = viewer.Participant is { } p
            ? new ParticipantProfile(p.Id, p.Organization, p.Offers, p.Requests, p.Fields(), p.Unavailable())
            : null;
        return new EventDetail(e.Id, e.NameKo, e.NameEn, e.Description, e.Venue, e.IsOnline, e.FirstDay, e.LastDay, EventSlots.Clock(e.DailyStartMinute),
            EventSlots.Clock(e.DailyEndMinute), e.MeetingMinutes, e.TableCount, e.RegistrationDeadline, e.Status, e.Version, organizer, count, EventSlots.Of(e),
            viewer.CanManage, viewer.CanRegister, e.Status == PartneringEventStatus.Open && Clock.UtcNow(time) < e.RegistrationDeadline, me);
    }

    /// <summary>The participants (registered participants and managers only) and, for a participant, the people they should meet.</summary>
    public async Task<ParticipantsPage> ParticipantsAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var (_, viewer) = await access.EventAsync(userId, eventId, cancellationToken);
        if (!viewer.IsRegistered && !viewer.CanManage)
        {
            throw new Shared.Errors.ForbiddenException(Shared.Resources.CoreMessages.Get("Event.ParticipantsOnly"));
        }

        var people = await db.EventParticipants.AsNoTracking().Where(p => p.EventId == eventId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { P = p, u.DisplayName, u.Email, u.PhoneNumber })
            .ToListAsync(cancellationToken);
        var myId = viewer.Participant?.Id;
        var requests = myId is { } id
            ? await db.EventMeetingRequests.AsNoTracking().Where(r => r.EventId == eventId && (r.RequesterId == id || r.RecipientId == id)).ToListAsync(cancellationToken)
            : [];
        var views = people.OrderBy(x => x.DisplayName, StringComparer.Ordinal).Select(x =>
        {
            var request = requests.Where(r => r.RequesterId == x.P.Id || r.RecipientId == x.P.Id)
                .OrderBy(r => r.Status == MeetingRequestStatus.Declined).ThenByDescending(r => r.CreatedAt).FirstOrDefault();
            var isMe = x.P.Id == myId;
            var contact = isMe || viewer.CanManage || request?.Status == MeetingRequestStatus.Accepted;
            return new ParticipantView(x.P.Id, x.DisplayName, x.P.Organization, x.P.Offers, x.P.Requests, x.P.Fields(), contact ? x.Email : null,
                contact ? x.PhoneNumber : null, isMe, request?.Status, request?.RequesterId == myId);
        }).ToList();
        var suggestions = Array.Empty<MeetingSuggestion>() as IReadOnlyList<MeetingSuggestion>;
        if (viewer.Participant is { } mine)
        {
            var catalog = await taxonomy.GetAsync(cancellationToken);
            var profiles = people.Select(x => new EventSuggestions.Profile(x.P.Id, x.DisplayName, x.P.Organization, x.P.Offers, x.P.Requests, x.P.Fields())).ToList();
            suggestions = EventSuggestions.Rank(profiles.Single(p => p.Id == mine.Id), profiles, catalog.FieldName);
        }

        return new ParticipantsPage(views, suggestions);
    }

    /// <summary>The caller's meeting requests, incoming and outgoing, newest first.</summary>
    public async Task<IReadOnlyList<MeetingRequestView>> MeetingsAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var (_, me) = await access.RegisteredAsync(userId, eventId, cancellationToken);
        var rows = await db.EventMeetingRequests.AsNoTracking().Where(r => r.EventId == eventId && (r.RequesterId == me.Id || r.RecipientId == me.Id))
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(eventId, cancellationToken);
        return rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Select(r =>
        {
            var incoming = r.RecipientId == me.Id;
            var other = names[incoming ? r.RequesterId : r.RecipientId];
            return new MeetingRequestView(r.Id, incoming, incoming ? r.RequesterId : r.RecipientId, other.Name, other.Organization, r.Message, r.Status, r.DeclineReason, r.CreatedAt);
        }).ToList();
    }

    /// <summary>The organiser's view: placed meetings with their slot and table, accepted meetings without a place and why, the last run.</summary>
    public async Task<ScheduleView> ScheduleAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var (e, _) = await access.ManagedAsync(userId, eventId, cancellationToken);
        var slots = EventSlots.Of(e);
        var names = await NamesAsync(eventId, cancellationToken);
        var accepted = await db.EventMeetingRequests.AsNoTracking().Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted).ToListAsync(cancellationToken);
        var placements = await db.EventPlacements.AsNoTracking().Where(p => p.EventId == eventId).ToListAsync(cancellationToken);
        var byRequest = accepted.ToDictionary(r => r.Id);
        string Label(Guid participant) => $"{names[participant].Name} ({names[participant].Organization})";
        var placed = placements.Where(p => p.SlotIndex < slots.Count).OrderBy(p => p.SlotIndex).ThenBy(p => p.TableNumber).Select(p =>
        {
            var r = byRequest[p.MeetingRequestId];
            return new PlacementView(p.Id, r.Id, p.SlotIndex, slots[p.SlotIndex].Start, slots[p.SlotIndex].End, p.TableNumber, Label(r.RequesterId), Label(r.RecipientId), p.Locked);
        }).ToList();
        var placedIds = placements.Select(p => p.MeetingRequestId).ToHashSet();
        var unplaced = accepted.Where(r => !placedIds.Contains(r.Id)).OrderBy(r => r.CreatedAt).Select(r =>
            new UnplacedView(r.Id, Label(r.RequesterId), Label(r.RecipientId), r.UnplacedReason,
                r.UnplacedParticipantId is { } about ? names[about].Name : null)).ToList();
        var last = await db.EventScheduleRuns.AsNoTracking().Where(r => r.EventId == eventId).OrderByDescending(r => r.RunAt).ThenByDescending(r => r.Id)
            .Select(r => new ScheduleRunView(r.RunAt, r.Placed, r.Unplaced, r.ProvedOptimal, r.Problem != null)).FirstOrDefaultAsync(cancellationToken);
        return new ScheduleView(e.Status, accepted.Count, placed, unplaced, last);
    }

    /// <summary>The caller's personal agenda; empty until the schedule is published.</summary>
    public async Task<AgendaView> AgendaAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var (e, me) = await access.RegisteredAsync(userId, eventId, cancellationToken);
        var published = e.Status is PartneringEventStatus.Scheduled or PartneringEventStatus.Closed;
        if (!published)
        {
            return new AgendaView(e.NameKo, e.NameEn, e.Venue, e.IsOnline, false, []);
        }

        var slots = EventSlots.Of(e);
        var now = Clock.UtcNow(time);
        var rows = await db.EventPlacementSeats.AsNoTracking().Where(s => s.EventId == eventId && s.ParticipantId == me.Id)
            .Join(db.EventPlacements, s => s.PlacementId, p => p.Id, (s, p) => p)
            .Join(db.EventMeetingRequests, p => p.MeetingRequestId, r => r.Id, (p, r) => new { p.SlotIndex, p.TableNumber, r.Id, r.RequesterId, r.RecipientId })
            .ToListAsync(cancellationToken);
        var others = rows.Select(r => r.RequesterId == me.Id ? r.RecipientId : r.RequesterId).ToList();
        var people = await db.EventParticipants.AsNoTracking().Where(p => others.Contains(p.Id))
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Id, u.DisplayName, p.Organization, u.Email }).ToDictionaryAsync(x => x.Id, cancellationToken);
        var requestIds = rows.Select(r => r.Id).ToList();
        var feedback = await db.EventMeetingFeedback.AsNoTracking().Where(f => f.ParticipantId == me.Id && requestIds.Contains(f.MeetingRequestId))
            .ToDictionaryAsync(f => f.MeetingRequestId, cancellationToken);
        var threads = (await db.EventMeetingFollowUps.AsNoTracking().Where(f => requestIds.Contains(f.MeetingRequestId))
            .Select(f => new { f.MeetingRequestId, f.InquiryId, f.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(f => f.MeetingRequestId).ToDictionary(g => g.Key, g => g.OrderBy(f => f.CreatedAt).First().InquiryId);
        var items = rows.Where(r => r.SlotIndex < slots.Count).OrderBy(r => r.SlotIndex).Select(r =>
        {
            var other = people[r.RequesterId == me.Id ? r.RecipientId : r.RequesterId];
            var slot = slots[r.SlotIndex];
            var given = feedback.GetValueOrDefault(r.Id);
            return new AgendaItem(r.Id, slot.Start, slot.End, r.TableNumber, other.DisplayName, other.Organization, other.Email, slot.End <= now,
                given?.FollowUpPlanned, given?.NextStep, threads.TryGetValue(r.Id, out var thread) ? thread : null);
        }).ToList();
        return new AgendaView(e.NameKo, e.NameEn, e.Venue, e.IsOnline, true, items);
    }

    /// <summary>
    /// The organiser's count of what the event's meetings led to: meetings where a participant planned a follow-up,
    /// meetings continued in an inquiry thread, and meetings whose thread became a deal.
    /// </summary>
    public async Task<EventFollowUpSummary> FollowUpsAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        await access.ManagedAsync(userId, eventId, cancellationToken);
        var planned = await db.EventMeetingFeedback.AsNoTracking().Where(f => f.FollowUpPlanned)
            .Join(db.EventMeetingRequests.Where(r => r.EventId == eventId), f => f.MeetingRequestId, r => r.Id, (f, r) => r.Id)
            .Distinct().CountAsync(cancellationToken);
        var threads = await db.EventMeetingFollowUps.AsNoTracking().Where(f => f.EventId == eventId).Select(f => f.MeetingRequestId).Distinct().CountAsync(cancellationToken);
        var deals = await db.EventMeetingFollowUps.AsNoTracking().Where(f => f.EventId == eventId && db.Deals.Any(d => d.InquiryId == f.InquiryId))
            .Select(f => f.MeetingRequestId).Distinct().CountAsync(cancellationToken);
        return new EventFollowUpSummary(planned, threads, deals);
    }

    /// <summary>
    /// The partnering-event meeting an inquiry thread follows up, if any: the event's id and names, for a link back from
    /// the thread. Callers show it only to those who may read the thread.
    /// </summary>
    public Task<EventFollowUpOrigin?> FollowUpOriginAsync(Guid inquiryId, CancellationToken cancellationToken = default) =>
        db.EventMeetingFollowUps.AsNoTracking().Where(f => f.InquiryId == inquiryId)
            .Join(db.PartneringEvents, f => f.EventId, e => e.Id, (f, e) => new EventFollowUpOrigin(e.Id, e.NameKo, e.NameEn))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The caller's agenda as an iCalendar file (empty calendar before publication).</summary>
    public async Task<byte[]> AgendaCalendarAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var agenda = await AgendaAsync(userId, eventId, cancellationToken);
        return EventCalendar.ForAgenda(eventId, agenda);
    }

    private async Task<Dictionary<Guid, (string Name, string Organization)>> NamesAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await db.EventParticipants.AsNoTracking().Where(p => p.EventId == eventId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Id, u.DisplayName, p.Organization }).ToListAsync(cancellationToken))
        .ToDictionary(x => x.Id, x => (x.DisplayName, x.Organization));

}
