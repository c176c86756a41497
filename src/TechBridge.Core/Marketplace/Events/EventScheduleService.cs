using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Optimisation;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>What a schedule run did.</summary>
public sealed record ScheduleRunResult(Guid RunId, int Placed, int Unplaced, bool ProvedOptimal);

/// <summary>
/// The organiser schedules the accepted meetings with <see cref="MeetingScheduler"/> (participants' unavailable slots, the
/// tables, one meeting per person per slot; locked meetings kept), locks or unlocks placed meetings, reruns, and publishes
/// (the event becomes Scheduled and every participant is told their meetings). Each run is recorded as an
/// <see cref="EventScheduleRun"/>; a run on inconsistent input (a locked meeting in a slot its participant has since marked
/// unavailable, or on a table the event no longer has) is recorded with the problem and refused with a 409, and the
/// schedule in place is left as it was. Placements are written with one seat per participant, so the database itself
/// refuses a double-booked table or person.
/// </summary>
public sealed class EventScheduleService(TechBridgeDbContext db, EventAccess access, EventNotices notices, TimeProvider time)
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public async Task<ScheduleRunResult> RunAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        var (e, _) = await access.ManagedAsync(userId, eventId, cancellationToken);
        RequireOpen(e);
        var slots = EventSlots.Of(e);
        var participants = await db.EventParticipants.AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var accepted = await db.EventMeetingRequests.Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var placements = await db.EventPlacements.Where(p => p.EventId == eventId).ToListAsync(cancellationToken);
        var locked = placements.Where(p => p.Locked).ToList();
        var problem = new MeetingProblem(
            slots.Select(s => new MeetingSlot(SlotId(s.Index), s.Start, s.End)).ToList(),
            Enumerable.Range(1, e.TableCount).Select(EventSlots.Table).ToList(),
            participants.Select(p => new MeetingParticipant(p.Id.ToString(), p.Unavailable().Select(SlotId).ToList())).ToList(),
            accepted.Select(r => new MeetingRequest(r.Id.ToString(), [r.RequesterId.ToString(), r.RecipientId.ToString()])).ToList())
        {
            Locks = locked.Select(p => new MeetingLock(p.MeetingRequestId.ToString(), SlotId(p.SlotIndex), EventSlots.Table(p.TableNumber))).ToList(),
        };
        var now = Clock.UtcNow(time);
        MeetingSchedule schedule;
        try
        {
            schedule = MeetingScheduler.Schedule(problem, TimeLimit);
        }
        catch (InconsistentMeetingProblemException x)
        {
            db.ChangeTracker.Clear();
            var text = string.Join(" ", x.Problems);
            db.EventScheduleRuns.Add(new EventScheduleRun
            {
                EventId = eventId, RunById = userId, RunAt = now, Problem = text.Length <= EventLimits.ProblemLength ? text : text[..(EventLimits.ProblemLength - 1)] + "…",
            });
            await db.SaveChangesAsync(cancellationToken);
            throw new BusinessRuleException("Event.InconsistentSchedule", CoreMessages.Get("Event.InconsistentSchedule", x.Problems.Count));
        }

        var run = new EventScheduleRun
        {
            EventId = eventId, RunById = userId, RunAt = now, Placed = schedule.Placed, Unplaced = schedule.Unplaced.Count, ProvedOptimal = schedule.ProvedOptimal,
        };
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var seats = await db.EventPlacementSeats.Where(s => s.EventId == eventId).ToListAsync(ct);
            var kept = locked.Select(p => p.Id).ToHashSet();
            db.EventPlacementSeats.RemoveRange(seats.Where(s => !kept.Contains(s.PlacementId)));
            db.EventPlacements.RemoveRange(placements.Where(p => !p.Locked));
            await db.SaveChangesAsync(ct);

            var byId = accepted.ToDictionary(r => r.Id.ToString());
            foreach (var placed in schedule.Placements.Where(p => !p.Locked))
            {
                var request = byId[placed.Meeting];
                var placement = new EventPlacement
                {
                    EventId = eventId, MeetingRequestId = request.Id, SlotIndex = SlotIndex(placed.Slot), TableNumber = TableNumber(placed.Table),
                };
                db.EventPlacements.Add(placement);
                foreach (var participant in new[] { request.RequesterId, request.RecipientId })
                {
                    db.EventPlacementSeats.Add(new EventPlacementSeat { PlacementId = placement.Id, EventId = eventId, SlotIndex = placement.SlotIndex, ParticipantId = participant });
                }
            }

            var unplaced = schedule.Unplaced.ToDictionary(u => u.Meeting);
            foreach (var request in accepted)
            {
                var reason = unplaced.GetValueOrDefault(request.Id.ToString());
                request.UnplacedReason = reason?.Reason.ToString();
                request.UnplacedParticipantId = reason?.Participant is { } p ? Guid.Parse(p) : null;
            }

            db.EventScheduleRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return new ScheduleRunResult(run.Id, run.Placed, run.Unplaced, run.ProvedOptimal);
    }

    /// <summary>Locks (keeps on rerun) or unlocks a placed meeting while the schedule is not yet published.</summary>
    public async Task LockAsync(Guid userId, Guid eventId, Guid placementId, bool locked, CancellationToken cancellationToken = default)
    {
        var (e, _) = await access.ManagedAsync(userId, eventId, cancellationToken);
        RequireOpen(e);
        var placement = await db.EventPlacements.SingleOrDefaultAsync(p => p.Id == placementId && p.EventId == eventId, cancellationToken)
            ?? throw new NotFoundException(nameof(EventPlacement), placementId);
        placement.Locked = locked;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes the schedule in place: the event becomes Scheduled and each participant is told their meetings.</summary>
    public async Task PublishAsync(Guid userId, Guid eventId, CancellationToken cancellationToken = default)
    {
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var (e, _) = await access.ManagedAsync(userId, eventId, ct);
            RequireOpen(e);
            var last = await db.EventScheduleRuns.AsNoTracking().Where(r => r.EventId == eventId).OrderByDescending(r => r.RunAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
            if (last is null || last.Problem is not null)
            {
                throw new BusinessRuleException("Event.NotScheduled", CoreMessages.Get("Event.NotScheduled"));
            }

            // A profile (availability) changed or a meeting accepted after the last run: the schedule in place may no longer
            // hold, so it must be run again before anyone is told it.
            var changed = await db.EventParticipants.AnyAsync(p => p.EventId == eventId && p.UpdatedAt > last.RunAt, ct)
                || await db.EventMeetingRequests.AnyAsync(r => r.EventId == eventId && r.AnsweredAt > last.RunAt, ct);
            if (changed)
            {
                throw new BusinessRuleException("Event.ScheduleStale", CoreMessages.Get("Event.ScheduleStale"));
            }

            e.Status = PartneringEventStatus.Scheduled;
            e.PublishedAt = Clock.UtcNow(time);
            var agendas = await AgendaLinesAsync(e, ct);
            foreach (var participant in await db.EventParticipants.AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Id).ToListAsync(ct))
            {
                await notices.AgendaAsync(e, participant, agendas.GetValueOrDefault(participant.Id) ?? [], reminder: false, ct);
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>Each participant's meetings as notice lines, in time order.</summary>
    public async Task<Dictionary<Guid, List<string>>> AgendaLinesAsync(PartneringEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var slots = EventSlots.Of(e);
        var people = await db.EventParticipants.AsNoTracking().Where(p => p.EventId == e.Id)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Id, u.DisplayName, p.Organization }).ToDictionaryAsync(x => x.Id, cancellationToken);
        var placed = await db.EventPlacements.AsNoTracking().Where(p => p.EventId == e.Id)
            .Join(db.EventMeetingRequests, p => p.MeetingRequestId, r => r.Id, (p, r) => new { p.SlotIndex, p.TableNumber, r.RequesterId, r.RecipientId })
            .ToListAsync(cancellationToken);
        var lines = new Dictionary<Guid, List<string>>();
        foreach (var p in placed.Where(p => p.SlotIndex < slots.Count).OrderBy(p => p.SlotIndex).ThenBy(p => p.TableNumber))
        {
            foreach (var (me, other) in new[] { (p.RequesterId, p.RecipientId), (p.RecipientId, p.RequesterId) })
            {
                var counterpart = people[other];
                if (!lines.TryGetValue(me, out var list))
                {
                    lines[me] = list = [];
                }

                list.Add(EventNotices.Line(slots[p.SlotIndex], p.TableNumber, counterpart.DisplayName, counterpart.Organization));
            }
        }

        return lines;
    }

    private static string SlotId(int index) => "S" + index.ToString(CultureInfo.InvariantCulture);

    private static int SlotIndex(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

    private static int TableNumber(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

    private static void RequireOpen(PartneringEvent e)
    {
        if (e.Status != PartneringEventStatus.Open)
        {
            throw new BusinessRuleException("Event.WrongState", CoreMessages.Get("Event.WrongState", CoreMessages.Get($"Event.Status.{e.Status}")));
        }
    }
}
