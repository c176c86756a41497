using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Marketplace.Events;

/// <summary>
/// Events and their participants: who may create an event and what a bad one reports; the states; registration while open;
/// meeting requests (no duplicate per pair, only the requested side answers); contact details hidden until accepted; notices.
/// </summary>
public sealed class EventServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ByRoleAndInput_ValidatesEveryFieldAndDerivesSlots(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.CreateAsync(world.Company));
        var bad = await Assert.ThrowsAsync<ValidationFailedException>(() => world.CreateAsync(world.Organizer,
            new EventInput(" ", null, null, null, false, "2026-02-01", "2026-01-01", "10:00", "9:00", 5, 0, "3월 1일")));
        Assert.Equal(new[] { "dailyEnd", "lastDay", "meetingMinutes", "nameKo", "registrationDeadline", "tables", "venue", "firstDay" }.Order(StringComparer.Ordinal),
            bad.Errors.Keys.Order(StringComparer.Ordinal));
        var tooLong = await Assert.ThrowsAsync<ValidationFailedException>(() => world.CreateAsync(world.Organizer, EventWorld.Input(lastDay: "2026-04-20")));
        Assert.Equal(["lastDay"], tooLong.Errors.Keys);

        var id = await world.CreateAsync(world.Organizer, EventWorld.Input(tables: 4, lastDay: "2026-03-21"));
        var detail = await world.Host.RunAsync<EventQueries, EventDetail>(q => q.DetailAsync(world.Organizer, id));
        Assert.Equal((PartneringEventStatus.Draft, 4, "09:00", "10:00", true), (detail.Status, detail.TableCount, detail.DailyStart, detail.DailyEnd, detail.CanManage));
        Assert.Equal(
            [new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 20, 0, 30, 0, TimeSpan.Zero),
             new DateTimeOffset(2026, 3, 21, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 21, 0, 30, 0, TimeSpan.Zero)],
            detail.Slots.Select(s => s.Start));
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 15, 0, 0, TimeSpan.Zero), detail.RegistrationDeadline);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AdvanceAndRegister_DraftOpenAndRoles_OnlyOpenEventsTakeParticipants(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var id = await world.CreateAsync(world.Organizer);

        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<EventQueries, EventDetail>(q => q.DetailAsync(world.Company, id)));
        Assert.DoesNotContain(await world.Host.RunAsync<EventQueries, IReadOnlyList<EventRow>>(q => q.ListAsync(world.Company)), r => r.Id == id);
        await Assert.ThrowsAsync<NotFoundException>(() => world.RegisterAsync(world.Company, id));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<EventService>(s => s.AdvanceAsync(world.OtherCoordinator, id, PartneringEventStatus.Open))); // a draft is not shown to other coordinators
        var closing = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<EventService>(s => s.AdvanceAsync(world.Organizer, id, PartneringEventStatus.Closed)));
        Assert.Equal("Event.WrongState", closing.Code);

        await world.Host.RunAsync<EventService>(s => s.AdvanceAsync(world.Manager, id, PartneringEventStatus.Open));
        Assert.Contains(await world.Host.RunAsync<EventQueries, IReadOnlyList<EventRow>>(q => q.ListAsync(world.Company)), r => r.Id == id && !r.IsRegistered);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.RegisterAsync(world.OtherCoordinator, id));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<EventService, Guid>(s =>
            s.RegisterAsync(world.Company, id, new RegistrationInput(" ", "", null, ["NO-SUCH-FIELD"], [0, 2]))));
        Assert.Equal(["fields", "offers", "organization", "unavailableSlots"], invalid.Errors.Keys.Order(StringComparer.Ordinal));

        var first = await world.RegisterAsync(world.Company, id, unavailable: [1]);
        var again = await world.RegisterAsync(world.Company, id, offers: "감속기 시제품", unavailable: []);
        Assert.Equal(first, again);
        var me = (await world.Host.RunAsync<EventQueries, EventDetail>(q => q.DetailAsync(world.Company, id))).Me!;
        Assert.Equal(("감속기 시제품", 0), (me.Offers, me.UnavailableSlots.Count));

        world.Time.Advance(TimeSpan.FromDays(14)); // past the deadline (03-15 KST)
        var late = await Assert.ThrowsAsync<BusinessRuleException>(() => world.RegisterAsync(world.Researcher, id));
        Assert.Equal("Event.RegistrationClosed", late.Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RequestAndAnswer_Pairs_NoDuplicateContactsAfterAcceptNoticesInLanguage(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var id = await world.OpenEventAsync();
        var company = await world.RegisterAsync(world.Company, id, organization: "누리정밀");
        var researcher = await world.RegisterAsync(world.Researcher, id, organization: "KAIST");
        var center = await world.RegisterAsync(world.Center, id, organization: "구미센터");

        await Assert.ThrowsAsync<ForbiddenException>(() => world.RequestAsync(world.Outsider, id, researcher));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ParticipantsAsync(world.Outsider, id));
        Assert.Equal("Event.OwnRequest", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.RequestAsync(world.Company, id, company))).Code);
        var request = await world.RequestAsync(world.Company, id, researcher);
        Assert.Equal("Event.DuplicateRequest", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.RequestAsync(world.Company, id, researcher))).Code);
        Assert.Equal("Event.DuplicateRequest", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.RequestAsync(world.Researcher, id, company))).Code);

        var hidden = (await world.ParticipantsAsync(world.Company, id)).Participants.Single(p => p.Id == researcher);
        Assert.Equal((null, null, MeetingRequestStatus.Pending, true), (hidden.Email, hidden.Phone, hidden.Request, hidden.RequestedByMe));
        Assert.NotNull((await world.ParticipantsAsync(world.Organizer, id)).Participants.Single(p => p.Id == researcher).Email);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.AnswerAsync(world.Company, id, request, accept: true));
        await world.AnswerAsync(world.Researcher, id, request, accept: true);
        Assert.Equal("Event.Answered", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.AnswerAsync(world.Researcher, id, request, accept: false))).Code);
        Assert.NotNull((await world.ParticipantsAsync(world.Company, id)).Participants.Single(p => p.Id == researcher).Email);
        Assert.Null((await world.ParticipantsAsync(world.Company, id)).Participants.Single(p => p.Id == center).Email);

        world.Time.Advance(TimeSpan.FromMinutes(1));
        var declined = await world.RequestAsync(world.Center, id, company, message: null);
        await world.AnswerAsync(world.Company, id, declined, accept: false, reason: "일정이 맞지 않습니다");
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await world.RequestAsync(world.Center, id, company); // a declined pair may ask again
        Assert.NotEqual(declined, again);
        var mine = await world.Host.RunAsync<EventQueries, IReadOnlyList<MeetingRequestView>>(q => q.MeetingsAsync(world.Company, id));
        Assert.Equal([(true, MeetingRequestStatus.Pending), (true, MeetingRequestStatus.Declined), (false, MeetingRequestStatus.Accepted)],
            mine.Select(m => (m.Incoming, m.Status)));

        var inbox = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());
        var requested = inbox.Single(m => m.Template == NoticeTemplates.EventMeetingRequested && m.UserId == world.Researcher);
        Assert.Equal((world.Researcher, "[TechBridge] Meeting request: Korea EUREKA Day brokerage"), (requested.UserId, requested.Subject));
        Assert.Contains("김기업 of 누리정밀", requested.Body, StringComparison.Ordinal);
        var accepted = Assert.Single(inbox, m => m.Template == NoticeTemplates.EventMeetingAccepted);
        Assert.Equal((world.Company, "[TechBridge] 미팅 수락: EUREKA 데이 기술협력 상담회"), (accepted.UserId, accepted.Subject));
        var refused = Assert.Single(inbox, m => m.Template == NoticeTemplates.EventMeetingDeclined);
        Assert.Contains("일정이 맞지 않습니다", refused.Body, StringComparison.Ordinal);
        Assert.Equal(5, await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync(m => m.Template.StartsWith("EventMeeting"))));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_DraftWithoutParticipants_ChangesDaysHoursAndTablesWithoutNoticesAndAStaleVersionIsRefused(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var id = await world.CreateAsync(world.Organizer);

        await world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.Organizer, id, EventWorld.Input(tables: 3, lastDay: "2026-03-21") with
        {
            NameKo = "EUREKA 데이 2026", DailyEnd = "11:00", MeetingMinutes = 20, IsOnline = true, Venue = null,
        }, expectedVersion: 1));

        var detail = await world.Host.RunAsync<EventQueries, EventDetail>(q => q.DetailAsync(world.Organizer, id));
        Assert.Equal(("EUREKA 데이 2026", 3, "11:00", 20, true, 2L), (detail.NameKo, detail.TableCount, detail.DailyEnd, detail.MeetingMinutes, detail.IsOnline, detail.Version));
        Assert.Equal(12, detail.Slots.Count); // two days of 09:00–11:00 in 20 minutes
        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.Organizer, id, EventWorld.Input(), expectedVersion: 1)));
        Assert.False(await world.Host.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.Template == NoticeTemplates.EventChanged)));
        Assert.True(await world.Host.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(PartneringEvent) && e.EntityId == id.ToString() && e.Action == Core.Shared.Audit.AuditAction.Modified)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_OpenWithParticipants_SlotFieldsRefusedAndANewVenueAndDeadlineTellEachParticipantInTheirLanguage(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var id = await world.OpenEventAsync();
        await world.RegisterAsync(world.Company, id);
        await world.RegisterAsync(world.Researcher, id, organization: "Lee Lab");

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<EventService>(s =>
            s.UpdateAsync(world.Organizer, id, EventWorld.Input() with { DailyStart = "08:30", MeetingMinutes = 20 })));
        Assert.Equal(["dailyStart", "meetingMinutes"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.OtherCoordinator, id, EventWorld.Input())));

        await world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.Organizer, id, EventWorld.Input() with { Venue = null, IsOnline = true, RegistrationDeadline = "2026-03-18" }));

        var notices = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == NoticeTemplates.EventChanged).ToListAsync());
        var korean = Assert.Single(notices, m => m.UserId == world.Company);
        Assert.Equal("[TechBridge] 행사 안내 변경: EUREKA 데이 기술협력 상담회", korean.Subject);
        Assert.Contains("장소: 온라인", korean.Body, StringComparison.Ordinal);
        Assert.Contains("참가 신청 마감: 2026-03-18", korean.Body, StringComparison.Ordinal);
        var english = Assert.Single(notices, m => m.UserId == world.Researcher);
        Assert.Contains("Venue: Online", english.Body, StringComparison.Ordinal);
        Assert.Contains("Dates: 2026-03-20, 09:00–10:00 KST", english.Body, StringComparison.Ordinal);
        Assert.Equal(2, notices.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 15, 0, 0, TimeSpan.Zero),
            (await world.Host.RunAsync<EventQueries, EventDetail>(q => q.DetailAsync(world.Organizer, id))).RegistrationDeadline);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_TablesBelowAPlacedMeetingOrAClosedEvent_Refused(string provider)
    {
        await using var world = await EventWorld.StartAsync(provider);
        var id = await world.OpenEventAsync(tables: 2);
        foreach (var (user, busy) in new[] { (world.Company, true), (world.Researcher, false), (world.Center, true), (world.Outsider, false) })
        {
            await world.RegisterAsync(user, id, unavailable: busy ? [1] : []);
        }

        var participants = await world.Host.QueryAsync(db => db.EventParticipants.Where(p => p.EventId == id).ToDictionaryAsync(p => p.UserId, p => p.Id));
        await world.AnswerAsync(world.Researcher, id, await world.RequestAsync(world.Company, id, participants[world.Researcher]), accept: true);
        await world.AnswerAsync(world.Outsider, id, await world.RequestAsync(world.Center, id, participants[world.Outsider]), accept: true);
        await world.RunAsync(world.Organizer, id); // both meetings must sit in the first slot: T1 and T2

        var fewer = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.Organizer, id, EventWorld.Input(tables: 1))));
        Assert.Contains("T2", Assert.Single(fewer.Errors["tables"]), StringComparison.Ordinal);
        await world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.Organizer, id, EventWorld.Input(tables: 5)));
        await world.Host.RunAsync<EventScheduleService>(s => s.PublishAsync(world.Organizer, id));
        await world.Host.RunAsync<EventService>(s => s.AdvanceAsync(world.Organizer, id, PartneringEventStatus.Closed));
        var closed = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<EventService>(s => s.UpdateAsync(world.Organizer, id, EventWorld.Input(tables: 5))));
        Assert.Equal("Event.WrongState", closed.Code);
    }
}
