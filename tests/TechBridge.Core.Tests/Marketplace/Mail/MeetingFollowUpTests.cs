using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Mail;

/// <summary>
/// After a partnering event, a held meeting whose participant planned a follow-up continues in an inquiry thread with the
/// other participant's organisation (linked to the meeting, mailed to the other side), and from the thread the owner opens
/// a deal about one of its technologies; the organiser sees how many meetings planned a follow-up, became threads and deals.
/// </summary>
public sealed class MeetingFollowUpTests(MarketplaceMailHosts hosts) : IClassFixture<MarketplaceMailHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task FollowUp_PlannedAfterTheMeeting_StartsOneLinkedThreadWithTheOtherOrganisationThatCanBecomeADeal(string provider)
    {
        var host = await hosts.GetAsync(provider);
        try
        {
            await RunAsync(host);
        }
        finally
        {
            hosts.Time.Advance(FakeTime.DefaultStart - hosts.Time.GetUtcNow());
        }
    }

    private async Task RunAsync(CoreHost host)
    {
        var company = await MarketplaceMailHosts.OrganizationAsync(host, "누리정밀", "Nuri Precision", OrganizationKind.Company);
        var institute = await MarketplaceMailHosts.OrganizationAsync(host, "한국기계연구원", "Korea Institute of Machinery", OrganizationKind.ResearchInstitute);
        var organizer = await MarketplaceMailHosts.AccountAsync(host, Roles.Coordinator, "조정자", "ko");
        var kim = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "김기업", "ko", company);
        var robin = await MarketplaceMailHosts.AccountAsync(host, Roles.Researcher, "Robin Lee", "en", institute);
        var outsider = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "남남", "ko");
        var now = FakeTime.DefaultStart;
        var technology = new PublicTechnology { OwnerId = institute, TitleKo = "고정밀 감속기", TitleEn = "Precision reducer", Summary = "감속기", Trl = 6, CreatedAt = now, UpdatedAt = now };
        await host.QueryAsync(db =>
        {
            db.PublicTechnologies.Add(technology);
            return db.SaveChangesAsync();
        });
        var field = await host.QueryAsync(db => db.Fields.OrderBy(f => f.SortOrder).Select(f => f.Code).FirstAsync());
        var id = await host.RunAsync<EventService, Guid>(s => s.CreateAsync(organizer.Id, new EventInput(
            "EUREKA 데이 기술협력 상담회", "Korea EUREKA Day brokerage", "일대일 상담", "코엑스", false, "2026-03-20", "2026-03-20", "09:00", "10:00", 30, 1, "2026-03-15")));
        await host.RunAsync<EventService>(s => s.AdvanceAsync(organizer.Id, id, PartneringEventStatus.Open));
        await host.RunAsync<EventService, Guid>(s => s.RegisterAsync(kim.Id, id, new RegistrationInput("누리정밀", "감속기 수요", "정밀 가공", [field], [])));
        var robinsSeat = await host.RunAsync<EventService, Guid>(s => s.RegisterAsync(robin.Id, id, new RegistrationInput("KIMM", "감속기 기술", "수요 기업", [field], [])));
        var meeting = await host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(kim.Id, id, robinsSeat, null));
        await host.RunAsync<EventMeetingService>(s => s.AnswerAsync(robin.Id, id, meeting, accept: true, null));
        await host.RunAsync<EventScheduleService, ScheduleRunResult>(s => s.RunAsync(organizer.Id, id));
        await host.RunAsync<EventScheduleService>(s => s.PublishAsync(organizer.Id, id));
        await hosts.DeliverAsync(host, [kim.Email, robin.Email]);
        hosts.Time.Advance(new DateTimeOffset(2026, 3, 21, 0, 0, 0, TimeSpan.Zero) - hosts.Time.GetUtcNow());
        Task<Guid> FollowUp(Account who, string subject = "Korea Institute of Machinery", string body = "다음 단계: NDA 체결 후 기술 미팅") =>
            host.RunAsync<EventMeetingService, Guid>(s => s.FollowUpAsync(who.Id, id, meeting, subject, body));

        var notPlanned = await Assert.ThrowsAsync<BusinessRuleException>(() => FollowUp(kim));
        Assert.Equal("Event.FollowUpNotPlanned", notPlanned.Code);
        await host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(kim.Id, id, meeting, true, "NDA 체결 후 기술 미팅"));
        await host.RunAsync<EventMeetingService>(s => s.FeedbackAsync(robin.Id, id, meeting, false, null));
        Assert.Equal("Event.FollowUpNotPlanned", (await Assert.ThrowsAsync<BusinessRuleException>(() => FollowUp(robin))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => FollowUp(outsider));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => FollowUp(kim, subject: " "));
        Assert.Contains("subject", invalid.Errors.Keys);
        Assert.Equal(new EventFollowUpSummary(1, 0, 0), await host.RunAsync<EventQueries, EventFollowUpSummary>(q => q.FollowUpsAsync(organizer.Id, id)));

        var thread = await FollowUp(kim);

        var inquiry = await host.QueryAsync(db => db.Inquiries.AsNoTracking().SingleAsync(i => i.Id == thread));
        Assert.Equal((InquirySubjectKind.Organization, (Guid?)institute, kim.Id, "Korea Institute of Machinery"),
            (inquiry.SubjectKind, inquiry.RecipientOrganizationId, inquiry.SenderId, inquiry.Subject));
        var link = await host.QueryAsync(db => db.EventMeetingFollowUps.AsNoTracking().SingleAsync(f => f.InquiryId == thread));
        Assert.Equal((meeting, id), (link.MeetingRequestId, link.EventId));
        Assert.Equal(thread, await FollowUp(kim)); // again: the same thread, nothing new
        Assert.Equal(thread, await FollowUp(robin)); // the other side is taken to the same thread
        Assert.Equal(1, await host.QueryAsync(db => db.EventMeetingFollowUps.CountAsync(f => f.MeetingRequestId == meeting)));
        Assert.Equal(new EventFollowUpOrigin(id, "EUREKA 데이 기술협력 상담회", "Korea EUREKA Day brokerage"),
            await host.RunAsync<EventQueries, EventFollowUpOrigin?>(q => q.FollowUpOriginAsync(thread)));
        Assert.Equal(thread, (await host.RunAsync<EventQueries, AgendaView>(q => q.AgendaAsync(kim.Id, id))).Items.Single().FollowUpInquiryId);
        Assert.Equal(thread, (await host.RunAsync<EventQueries, AgendaView>(q => q.AgendaAsync(robin.Id, id))).Items.Single().FollowUpInquiryId);
        var mail = Assert.Single(await hosts.DeliverAsync(host, [kim.Email, robin.Email, organizer.Email, outsider.Email]));
        Assert.True(TestSmtpServer.IsTo(mail, robin.Email));
        Assert.Equal("[TechBridge] New inquiry: Korea Institute of Machinery", mail.Subject);
        Assert.Contains("From: 김기업 (Nuri Precision)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("다음 단계: NDA 체결 후 기술 미팅", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(new EventFollowUpSummary(1, 1, 0), await host.RunAsync<EventQueries, EventFollowUpSummary>(q => q.FollowUpsAsync(organizer.Id, id)));

        // The institute opens a deal from the thread, naming its technology.
        var notNamed = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            host.RunAsync<DealService, Guid>(s => s.OpenAsync(robin.Id, new DealOpenInput(thread, null, null, new DateOnly(2026, 3, 21), null))));
        Assert.Equal("Deal.NotAboutATechnology", notNamed.Code);
        var deal = await host.RunAsync<DealService, Guid>(s => s.OpenAsync(robin.Id, new DealOpenInput(thread, technology.Id, null, new DateOnly(2026, 3, 21), "From the EUREKA Day meeting")));
        var opened = await host.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == deal));
        Assert.Equal((technology.Id, kim.Id, (Guid?)company, (Guid?)thread), (opened.TechnologyId, opened.BuyerUserId, opened.BuyerOrganizationId, opened.InquiryId));
        Assert.Equal(new EventFollowUpSummary(1, 1, 1), await host.RunAsync<EventQueries, EventFollowUpSummary>(q => q.FollowUpsAsync(organizer.Id, id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<EventQueries, EventFollowUpSummary>(q => q.FollowUpsAsync(kim.Id, id)));
        var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(EventMeetingFollowUp)).ToListAsync());
        Assert.Contains(audit, e => e.EntityId.Contains(thread.ToString(), StringComparison.Ordinal));
    }
}
