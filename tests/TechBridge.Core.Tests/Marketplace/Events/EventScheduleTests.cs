using System.Text;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Marketplace.Events;

/// <summary>
/// The organiser's schedule: accepted meetings placed without double-booking a person or a table and outside unavailable
/// slots, the unplaced one reported with its reason; lock, rerun, publish (audited, notices); inconsistent input reported
/// and the schedule left alone; the database refusing a double booking by itself; agenda, .ics, feedback and reminder.
/// </summary>
public sealed class EventScheduleTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunLockRerunPublish_ThreeMeetingsTwoSlotsOneTable_PlacesTwoKeepsLockReportsOneAndPublishes(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var (id, ab, ac, bc) = await ThreeMeetingsAsync(world);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.RunAsync(world.Company, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.RunAsync(world.OtherCoordinator, id));
        var first = await world.RunAsync(world.Organizer, id);
        Assert.Equal((2, 1, true), (first.Placed, first.Unplaced, first.ProvedOptimal));
        var schedule = await world.ScheduleAsync(world.Organizer, id);
        AssertNoDoubleBooking(schedule);
        var unplaced = Assert.Single(schedule.Unplaced);
        Assert.NotNull(unplaced.Reason);
        // The center (C) is unavailable in slot 0, so its one meeting sits in slot 1.
        Assert.All(schedule.Placements.Where(p => p.First.Contains("구미센터", StringComparison.Ordinal) || p.Second.Contains("구미센터", StringComparison.Ordinal)),
            p => Assert.Equal(1, p.SlotIndex));

        var locked = schedule.Placements[0];
        await world.Host.RunAsync<EventScheduleService>(s => s.LockAsync(world.Organizer, id, locked.Id, true));
        await world.RunAsync(world.Organizer, id);
        var rerun = await world.ScheduleAsync(world.Organizer, id);
        var kept = Assert.Single(rerun.Placements, p => p.Locked);
        Assert.Equal((locked.Id, locked.RequestId, locked.SlotIndex, locked.Table), (kept.Id, kept.RequestId, kept.SlotIndex, kept.Table));
        Assert.Equal(2, rerun.Placements.Count);
        Assert.Equal(2, rerun.LastRun!.Placed);

        await world.Host.RunAsync<EventScheduleService>(s => s.PublishAsync(world.Organizer, id));
        Assert.Equal(PartneringEventStatus.Scheduled, (await world.ScheduleAsync(world.Organizer, id)).Status);
        await Assert.ThrowsAsync<BusinessRuleException>(() => world.RunAsync(world.Organizer, id));
        var published = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == NoticeTemplates.EventSchedulePublished).ToListAsync());
        Assert.Equal(new[] { world.Company, world.Researcher, world.Center }.Order(), published.Select(m => m.UserId).Order());
        Assert.Contains("2026-03-20 09:", published.Single(m => m.UserId == world.Researcher).Body, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Meeting schedule published: Korea EUREKA Day brokerage", published.Single(m => m.UserId == world.Researcher).Subject);

        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Equal(2, audit.Count(e => e.EntityType == nameof(EventScheduleRun) && e.Action == AuditAction.Added));
        Assert.Contains(audit, e => e.EntityType == nameof(EventPlacement) && e.Action == AuditAction.Modified && e.After!.Contains("Locked", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.EntityType == nameof(PartneringEvent) && e.EntityId == id.ToString() && e.After!.Contains("Scheduled", StringComparison.Ordinal));
        _ = (ab, ac, bc);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunAndPublish_LockedMeetingInSlotMadeUnavailable_PublishRefusedRunRefusedRecordedScheduleLeftAlone(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var (id, _, _, _) = await ThreeMeetingsAsync(world);
        await world.RunAsync(world.Organizer, id);
        var before = await world.ScheduleAsync(world.Organizer, id);
        var centerMeeting = before.Placements.Single(p => p.First.Contains("구미센터", StringComparison.Ordinal) || p.Second.Contains("구미센터", StringComparison.Ordinal));
        await world.Host.RunAsync<EventScheduleService>(s => s.LockAsync(world.Organizer, id, centerMeeting.Id, true));
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.RegisterAsync(world.Center, id, organization: "구미센터", unavailable: [1]); // now unavailable in the locked slot
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<EventScheduleService>(s => s.PublishAsync(world.Organizer, id)));
        Assert.Equal("Event.ScheduleStale", stale.Code);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => world.RunAsync(world.Organizer, id));
        Assert.Equal("Event.InconsistentSchedule", refused.Code);
        var after = await world.ScheduleAsync(world.Organizer, id);
        Assert.Equal(before.Placements.Select(p => (p.Id, p.SlotIndex, p.Table)), after.Placements.Select(p => (p.Id, p.SlotIndex, p.Table)));
        Assert.True(after.LastRun!.Refused);
        var run = await world.Host.QueryAsync(db => db.EventScheduleRuns.AsNoTracking().OrderByDescending(r => r.RunAt).ThenByDescending(r => r.Id).FirstAsync());
        Assert.Contains("unavailable", run.Problem, StringComparison.Ordinal);
        Assert.Equal(2, await world.Host.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(EventScheduleRun))));
        var unscheduled = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<EventScheduleService>(s => s.PublishAsync(world.Organizer, id)));
        Assert.Equal("Event.NotScheduled", unscheduled.Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Database_DoubleBookedTableOrPerson_IsRefusedByUniqueIndexes(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var (id, _, _, _) = await ThreeMeetingsAsync(world);
        await world.RunAsync(world.Organizer, id);
        var placed = await world.Host.QueryAsync(db => db.EventPlacements.AsNoTracking().Where(p => p.EventId == id).ToListAsync());
        var seat = await world.Host.QueryAsync(db => db.EventPlacementSeats.AsNoTracking().FirstAsync(s => s.EventId == id));
        var unplaced = await world.Host.QueryAsync(db => db.EventMeetingRequests.AsNoTracking()
            .Where(r => r.EventId == id && r.Status == MeetingRequestStatus.Accepted && !db.EventPlacements.Any(p => p.MeetingRequestId == r.Id)).Select(r => r.Id).SingleAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => world.Host.QueryAsync(db =>
        {
            db.EventPlacements.Add(new EventPlacement { EventId = id, MeetingRequestId = unplaced, SlotIndex = placed[0].SlotIndex, TableNumber = placed[0].TableNumber });
            return db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<DbUpdateException>(() => world.Host.QueryAsync(db =>
        {
            db.EventPlacementSeats.Add(new EventPlacementSeat { EventId = id, PlacementId = seat.PlacementId, SlotIndex = seat.SlotIndex, ParticipantId = seat.ParticipantId });
            return db.SaveChangesAsync();
        }));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AgendaCalendarReminderFeedback_AfterPublishing_ShowMeetingsOnceEachAndAfterTheMeeting(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var (id, _, _, _) = await ThreeMeetingsAsync(world);
        Assert.False((await world.AgendaAsync(world.Company, id)).Published);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.AgendaAsync(world.Outsider, id));
        await world.RunAsync(world.Organizer, id);
        await world.Host.RunAsync<EventScheduleService>(s => s.PublishAsync(world.Organizer, id));

        var agendas = new[] { world.Company, world.Researcher, world.Center };
        var items = new List<AgendaItem>();
        foreach (var user in agendas)
        {
            items.AddRange((await world.AgendaAsync(user, id)).Items);
        }

        Assert.Equal(4, items.Count); // two meetings, two sides each
        var company = await world.AgendaAsync(world.Company, id);
        Assert.All(company.Items, i => Assert.False(i.CanGiveFeedback));
        var ics = await world.Host.RunAsync<EventQueries, byte[]>(q => q.AgendaCalendarAsync(world.Company, id));
        var calendar = Calendar.Load(Encoding.UTF8.GetString(ics))!;
        Assert.Equal(company.Items.Count, calendar.Events.Count);
        Assert.Equal(company.Items.Select(i => i.Start.UtcDateTime), calendar.Events.Select(e => e.Start!.AsUtc).Order());
        Assert.All(calendar.Events, e => Assert.Contains("T1", e.Summary, StringComparison.Ordinal));

        Assert.Equal(0, await world.Host.RunAsync<EventReminders, int>(r => r.SweepAsync()));
        world.Time.Advance(new DateTimeOffset(2026, 3, 19, 1, 0, 0, TimeSpan.Zero) - world.Time.GetUtcNow()); // 03-19 10:00 KST
        Assert.Equal(3, await world.Host.RunAsync<EventReminders, int>(r => r.SweepAsync()));
        Assert.Equal(0, await world.Host.RunAsync<EventReminders, int>(r => r.SweepAsync()));
        Assert.Equal(3, await world.Host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.Template == NoticeTemplates.EventReminder)));

        var meeting = company.Items[0];
        await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(world.Company, id, meeting.RequestId, true, "NDA")));
        world.Time.Advance(TimeSpan.FromDays(2));
        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(world.Company, id, meeting.RequestId, null, null)));
        Assert.Equal(["followUp"], missing.Errors.Keys);
        await world.Host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(world.Company, id, meeting.RequestId, true, "NDA 체결 후 기술 미팅"));
        await world.Host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(world.Company, id, meeting.RequestId, true, "NDA 체결"));
        var given = (await world.AgendaAsync(world.Company, id)).Items.Single(i => i.RequestId == meeting.RequestId);
        Assert.Equal((true, true, "NDA 체결"), (given.CanGiveFeedback, given.FollowUpPlanned, given.NextStep));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(world.Outsider, id, meeting.RequestId, true, null)));
    }

    /// <summary>Company (A), researcher (B) and center (C, unavailable in slot 0) all accept meetings with each other: three meetings, two slots, one table.</summary>
    private static async Task<(Guid Event, Guid Ab, Guid Ac, Guid Bc)> ThreeMeetingsAsync(EventWorld world)
    {
        var id = await world.OpenEventAsync(tables: 1);
        var a = await world.RegisterAsync(world.Company, id, organization: "누리정밀");
        var b = await world.RegisterAsync(world.Researcher, id, organization: "KAIST");
        var c = await world.RegisterAsync(world.Center, id, organization: "구미센터", unavailable: [0]);
        var ab = await world.RequestAsync(world.Company, id, b);
        var ac = await world.RequestAsync(world.Company, id, c);
        var bc = await world.RequestAsync(world.Researcher, id, c);
        await world.AnswerAsync(world.Researcher, id, ab, accept: true);
        await world.AnswerAsync(world.Center, id, ac, accept: true);
        await world.AnswerAsync(world.Center, id, bc, accept: true);
        return (id, ab, ac, bc);
    }

    private static void AssertNoDoubleBooking(ScheduleView schedule)
    {
        Assert.Equal(schedule.Placements.Count, schedule.Placements.Select(p => (p.SlotIndex, p.Table)).Distinct().Count());
        var seats = schedule.Placements.SelectMany(p => new[] { (p.SlotIndex, p.First), (p.SlotIndex, p.Second) }).ToList();
        Assert.Equal(seats.Count, seats.Distinct().Count());
    }
}
