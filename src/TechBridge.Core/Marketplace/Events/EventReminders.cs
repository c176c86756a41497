using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// The day before a published event (from midnight KST of the previous day until it starts), every participant gets one
/// reminder with their meetings; <see cref="EventParticipant.RemindedAt"/> makes it once per participant and event,
/// however often the job runs.
/// </summary>
public sealed class EventReminders(TechBridgeDbContext db, EventNotices notices, EventScheduleService schedules, TimeProvider time)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var tomorrow = DateOnly.FromDateTime(Kst.ToKst(now).DateTime).AddDays(1);
        var events = await db.PartneringEvents.Where(e => e.Status == PartneringEventStatus.Scheduled && e.FirstDay <= tomorrow).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var e in events.Where(e => EventSlots.Of(e) is { Count: > 0 } slots && slots[0].Start > now))
        {
            var due = await db.EventParticipants.Where(p => p.EventId == e.Id && p.RemindedAt == null).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                continue;
            }

            var lines = await schedules.AgendaLinesAsync(e, cancellationToken);
            foreach (var participant in due)
            {
                participant.RemindedAt = now;
                await notices.AgendaAsync(e, participant, lines.GetValueOrDefault(participant.Id) ?? [], reminder: true, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            sent += due.Count;
        }

        return sent;
    }
}

/// <summary>Sends the day-before reminders every half hour.</summary>
internal sealed partial class EventReminderJob(EventReminders reminders, ILogger<EventReminderJob> logger) : IRecurringJob
{
    public const string Name = "event-reminders";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sent = await reminders.SweepAsync(cancellationToken);
        if (sent > 0)
        {
            LogSent(sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event reminders: {Sent} participants reminded")]
    private partial void LogSent(int sent);
}
