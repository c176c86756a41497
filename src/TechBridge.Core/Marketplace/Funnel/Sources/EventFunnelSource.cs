using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace.Events;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>
/// Partnering events (Korea EUREKA Day), under the fields both participants gave: a meeting request sent (a partner
/// contacted, by the month sent) and an accepted meeting placed in a published schedule whose slot has ended (a meeting
/// held, by the slot's month). Events are never demo data.
/// </summary>
public sealed class EventFunnelSource(TechBridgeDbContext db) : IFunnelSource
{
    public async Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var requests = await db.EventMeetingRequests.AsNoTracking()
            .Where(r => r.CreatedAt >= window.From && r.CreatedAt < window.To)
            .Select(r => new { r.RequesterId, r.RecipientId, r.CreatedAt })
            .ToListAsync(cancellationToken);
        var published = await db.PartneringEvents.AsNoTracking()
            .Where(e => e.PublishedAt != null && e.FirstDay <= window.LastDay && e.LastDay >= window.FirstDay.AddDays(-1))
            .ToListAsync(cancellationToken);
        var eventIds = published.Select(e => e.Id).ToList();
        var placed = await db.EventPlacements.AsNoTracking()
            .Where(p => eventIds.Contains(p.EventId))
            .Join(db.EventMeetingRequests.Where(r => r.Status == MeetingRequestStatus.Accepted), p => p.MeetingRequestId, r => r.Id,
                (p, r) => new { p.EventId, p.SlotIndex, r.RequesterId, r.RecipientId })
            .ToListAsync(cancellationToken);
        var participantIds = requests.SelectMany(r => new[] { r.RequesterId, r.RecipientId })
            .Concat(placed.SelectMany(p => new[] { p.RequesterId, p.RecipientId })).Distinct().ToList();
        var fields = (await db.EventParticipants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => p.Fields());

        IReadOnlyList<string> Fields(Guid a, Guid b) =>
            [.. fields.GetValueOrDefault(a, []).Concat(fields.GetValueOrDefault(b, [])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        var activities = requests
            .Select(r => new FunnelActivity(FunnelStage.PartnersContacted, FunnelWindow.MonthOf(r.CreatedAt), FunnelCodes.KoreaEurekaDay, Fields(r.RequesterId, r.RecipientId)))
            .ToList();
        var slots = published.ToDictionary(e => e.Id, EventSlots.Of);
        foreach (var meeting in placed)
        {
            var eventSlots = slots[meeting.EventId];
            if (meeting.SlotIndex < 0 || meeting.SlotIndex >= eventSlots.Count)
            {
                continue;
            }

            var slot = eventSlots[meeting.SlotIndex];
            if (slot.End <= window.Now && window.Contains(slot.Start))
            {
                activities.Add(new FunnelActivity(FunnelStage.MeetingsHeld, FunnelWindow.MonthOf(slot.Start), FunnelCodes.KoreaEurekaDay, Fields(meeting.RequesterId, meeting.RecipientId)));
            }
        }

        return activities;
    }
}
