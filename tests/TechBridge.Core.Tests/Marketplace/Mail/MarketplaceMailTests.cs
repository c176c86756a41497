using Microsoft.EntityFrameworkCore;
using MimeKit;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Mail;

/// <summary>
/// What a real SMTP listener receives when people use the marketplace through its services: a new inquiry and the replies,
/// a deal opened, moved a step and lost, a meeting requested, accepted and declined, and a published schedule. Each mail
/// goes to the right people only (never a third party, never the person who acted), in the recipient's language (one
/// Korean-reading and one English-reading recipient each time), carries the values that matter (technology title, deal
/// stage, event name, meeting time in KST), reads correctly in Korean, names nothing internal and links to the page.
/// </summary>
public sealed class MarketplaceMailTests(MarketplaceMailHosts hosts) : IClassFixture<MarketplaceMailHosts>
{
    private const string Base = MarketplaceMailHosts.BaseUrl;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task InquiryStartAndReplies_MailOnlyTheOtherSide_InEachRecipientsLanguage(string provider)
    {
        var (host, w) = await DealWorldAsync(provider);

        var inquiry = await host.RunAsync<InquiryService, Guid>(s => s.StartAsync(
            w.BuyerEn.Id, InquirySubjectKind.Technology, w.Technology, "Licence terms", "What would a non-exclusive licence cost?"));
        var received = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(received, w.SellerKo, w.SellerEn);
        var ko = To(received, w.SellerKo);
        var en = To(received, w.SellerEn);
        Assert.Equal("[TechBridge] 새 문의: Licence terms", ko.Subject);
        Assert.Equal("[TechBridge] New inquiry: Licence terms", en.Subject);
        Assert.Contains("김연구님, 새 문의가 도착했습니다.", ko.TextBody, StringComparison.Ordinal);
        Assert.Contains("보낸 사람: Sam Choi (한빛소재)", ko.TextBody, StringComparison.Ordinal);
        Assert.Contains("대상: 고정밀 감속기", ko.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dear Alex Kim, you have a new inquiry.", en.TextBody, StringComparison.Ordinal);
        Assert.Contains("From: Sam Choi (Hanbit Materials)", en.TextBody, StringComparison.Ordinal);
        Assert.Contains("About: Precision reducer", en.TextBody, StringComparison.Ordinal);
        Assert.All(received, m => Assert.Contains("What would a non-exclusive licence cost?", m.TextBody, StringComparison.Ordinal));
        AssertWellFormed(received, w, $"/marketplace/inquiries/{inquiry}");

        await host.RunAsync<InquiryService, Guid>(s => s.ReplyAsync(w.SellerKo.Id, inquiry, "비독점 실시권은 연 3천만 원부터입니다."));
        var reply = await hosts.DeliverAsync(host, w.Everyone);

        // The recipient side answers: only the sender hears of it (not the author, not the author's colleague, not the sender's colleague).
        var toSender = Assert.Single(reply);
        AssertRecipients(reply, w.BuyerEn);
        Assert.Equal("[TechBridge] Reply to your inquiry: Licence terms", toSender.Subject);
        Assert.Contains("Dear Sam Choi, 김연구 replied in the inquiry 'Licence terms'.", toSender.TextBody, StringComparison.Ordinal);
        Assert.Contains("비독점 실시권은 연 3천만 원부터입니다.", toSender.TextBody, StringComparison.Ordinal);
        AssertWellFormed(reply, w, $"/marketplace/inquiries/{inquiry}");

        await host.RunAsync<InquiryService, Guid>(s => s.ReplyAsync(w.BuyerEn.Id, inquiry, "Thank you, let us talk about an NDA."));
        var back = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(back, w.SellerKo, w.SellerEn);
        Assert.Equal("[TechBridge] 문의 답장: Licence terms", To(back, w.SellerKo).Subject);
        Assert.Contains("김연구님, Sam Choi님이 문의 'Licence terms'에 답했습니다.", To(back, w.SellerKo).TextBody, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Reply to your inquiry: Licence terms", To(back, w.SellerEn).Subject);
        AssertWellFormed(back, w, $"/marketplace/inquiries/{inquiry}");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DealOpenStepLost_MailTheOtherPartyOnly_WithTechnologyAndStageInTheirLanguage(string provider)
    {
        var (host, w) = await DealWorldAsync(provider);
        var inquiry = await host.RunAsync<InquiryService, Guid>(s => s.StartAsync(
            w.BuyerKo.Id, InquirySubjectKind.Technology, w.Technology, "기술이전 문의", "감속기 기술이전 조건을 알고 싶습니다."));
        await hosts.DeliverAsync(host, w.Everyone);
        var today = new DateOnly(2026, 3, 2);

        var deal = await host.RunAsync<DealService, Guid>(s => s.OpenAsync(w.SellerKo.Id, new DealOpenInput(inquiry, null, null, today, "문의를 바탕으로 거래를 시작합니다.")));
        var opened = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(opened, w.BuyerKo, w.BuyerEn);
        Assert.Equal("[TechBridge] 새 기술이전 거래: 고정밀 감속기", To(opened, w.BuyerKo).Subject);
        Assert.Contains("이문의님, 김연구님(한국기계연구원)이 기술이전 거래를 시작했습니다.", To(opened, w.BuyerKo).TextBody, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] New technology transfer deal: Precision reducer", To(opened, w.BuyerEn).Subject);
        Assert.Contains("김연구 (Korea Institute of Machinery)", To(opened, w.BuyerEn).TextBody, StringComparison.Ordinal);
        AssertWellFormed(opened, w, $"/marketplace/deals/{deal}");

        await host.RunAsync<DealService, Guid>(s => s.RecordStepAsync(w.BuyerEn.Id, deal, new DealStepInput(DealState.Nda, today, "NDA signed by both sides."), null, null));
        var step = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(step, w.SellerKo, w.SellerEn);
        var stepKo = To(step, w.SellerKo);
        var stepEn = To(step, w.SellerEn);
        Assert.Equal("[TechBridge] 거래 진행: 고정밀 감속기 · 비밀유지계약", stepKo.Subject);
        Assert.Contains("김연구님, Sam Choi님(한빛소재)이 거래 단계를 기록했습니다.", stepKo.TextBody, StringComparison.Ordinal);
        Assert.Contains("단계: 비밀유지계약 (2026-03-02)", stepKo.TextBody, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Deal update: Precision reducer · NDA", stepEn.Subject);
        Assert.Contains("Stage: NDA (2026-03-02)", stepEn.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam Choi (Hanbit Materials)", stepEn.TextBody, StringComparison.Ordinal);
        AssertWellFormed(step, w, $"/marketplace/deals/{deal}");

        await host.RunAsync<DealService>(s => s.LoseAsync(w.SellerEn.Id, deal, DealLossReason.TechnicalFit, "The prototype did not fit.", null));
        var lost = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(lost, w.BuyerKo, w.BuyerEn);
        var lostKo = To(lost, w.BuyerKo);
        var lostEn = To(lost, w.BuyerEn);
        Assert.Equal("[TechBridge] 거래 결렬: 고정밀 감속기", lostKo.Subject);
        Assert.Contains("이문의님, Alex Kim님(한국기계연구원)이 거래를 결렬로 표시했습니다.", lostKo.TextBody, StringComparison.Ordinal);
        Assert.Contains("사유: 기술 적합성", lostKo.TextBody, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Deal lost: Precision reducer", lostEn.Subject);
        Assert.Contains("Reason: Technical fit", lostEn.TextBody, StringComparison.Ordinal);
        Assert.Contains("The prototype did not fit.", lostEn.TextBody, StringComparison.Ordinal);
        AssertWellFormed(lost, w, $"/marketplace/deals/{deal}");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task MeetingRequestAcceptDecline_MailTheOtherParticipantOnly_WithTheEventInTheirLanguage(string provider)
    {
        var (host, w) = await EventWorldAsync(provider);

        var bToA = await host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(w.Robin.Id, w.Event, w.ParticipantA, "I would like to discuss reducer testing."));
        var cToB = await host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(w.Park.Id, w.Event, w.ParticipantB, "배터리 소재 평가 협력을 논의하고 싶습니다."));
        var requested = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(requested, w.Kim, w.Robin);
        var toKim = To(requested, w.Kim);
        var toRobin = To(requested, w.Robin);
        Assert.Equal("[TechBridge] 미팅 요청: EUREKA 데이 기술협력 상담회", toKim.Subject);
        Assert.Contains("김기업님, KAIST의 Robin Lee님이 EUREKA 데이 기술협력 상담회에서 일대일 미팅을 요청했습니다.", toKim.TextBody, StringComparison.Ordinal);
        Assert.Contains("I would like to discuss reducer testing.", toKim.TextBody, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Meeting request: Korea EUREKA Day brokerage", toRobin.Subject);
        Assert.Contains("Dear Robin Lee, 박센터 of 구미센터 asks to meet you one-to-one at Korea EUREKA Day brokerage.", toRobin.TextBody, StringComparison.Ordinal);
        AssertWellFormed(requested, w, $"/marketplace/events/{w.Event}/meetings");

        await host.RunAsync<EventMeetingService>(s => s.AnswerAsync(w.Kim.Id, w.Event, bToA, accept: true, null));
        await host.RunAsync<EventMeetingService>(s => s.AnswerAsync(w.Robin.Id, w.Event, cToB, accept: false, "Our schedule is full that day."));
        var answered = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(answered, w.Robin, w.Park);
        var accepted = To(answered, w.Robin);
        Assert.Equal("[TechBridge] Meeting accepted: Korea EUREKA Day brokerage", accepted.Subject);
        Assert.Contains("Dear Robin Lee, 김기업 of 누리정밀 accepted your meeting request at Korea EUREKA Day brokerage.", accepted.TextBody, StringComparison.Ordinal);
        var declined = To(answered, w.Park);
        Assert.Equal("[TechBridge] 미팅 거절: EUREKA 데이 기술협력 상담회", declined.Subject);
        Assert.Contains("박센터님, Robin Lee님이 EUREKA 데이 기술협력 상담회 미팅 요청을 거절했습니다.", declined.TextBody, StringComparison.Ordinal);
        Assert.Contains("사유: Our schedule is full that day.", declined.TextBody, StringComparison.Ordinal);
        AssertWellFormed([accepted], w, $"/marketplace/events/{w.Event}/participants");
        AssertWellFormed([declined], w, $"/marketplace/events/{w.Event}/meetings");

        var aToC = await host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(w.Kim.Id, w.Event, w.ParticipantC, null));
        await hosts.DeliverAsync(host, w.Everyone);
        await host.RunAsync<EventMeetingService>(s => s.AnswerAsync(w.Park.Id, w.Event, aToC, accept: true, null));
        var acceptedKo = Assert.Single(await hosts.DeliverAsync(host, w.Everyone));
        AssertRecipients([acceptedKo], w.Kim);
        Assert.Equal("[TechBridge] 미팅 수락: EUREKA 데이 기술협력 상담회", acceptedKo.Subject);
        Assert.Contains("김기업님, 구미센터의 박센터님이 EUREKA 데이 기술협력 상담회 미팅 요청을 수락했습니다.", acceptedKo.TextBody, StringComparison.Ordinal);
        AssertWellFormed([acceptedKo], w, $"/marketplace/events/{w.Event}/participants");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SchedulePublished_MailsEachParticipantTheirOwnMeetingsInKst_NotTheOrganiserOrOutsiders(string provider)
    {
        var (host, w) = await EventWorldAsync(provider);
        var bToA = await host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(w.Robin.Id, w.Event, w.ParticipantA, null));
        var aToC = await host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(w.Kim.Id, w.Event, w.ParticipantC, null));
        await host.RunAsync<EventMeetingService>(s => s.AnswerAsync(w.Kim.Id, w.Event, bToA, accept: true, null));
        await host.RunAsync<EventMeetingService>(s => s.AnswerAsync(w.Park.Id, w.Event, aToC, accept: true, null));
        await hosts.DeliverAsync(host, w.Everyone);
        var run = await host.RunAsync<EventScheduleService, ScheduleRunResult>(s => s.RunAsync(w.Organizer.Id, w.Event));
        Assert.Equal((2, 0), (run.Placed, run.Unplaced));
        var schedule = await host.RunAsync<EventQueries, ScheduleView>(q => q.ScheduleAsync(w.Organizer.Id, w.Event));
        var robinsSlot = schedule.Placements.Single(p => p.RequestId == bToA).SlotIndex;
        var parksSlot = schedule.Placements.Single(p => p.RequestId == aToC).SlotIndex;
        string Time(int slot) => slot == 0 ? "2026-03-20 09:00 KST" : "2026-03-20 09:30 KST";

        await host.RunAsync<EventScheduleService>(s => s.PublishAsync(w.Organizer.Id, w.Event));
        var published = await hosts.DeliverAsync(host, w.Everyone);

        AssertRecipients(published, w.Kim, w.Robin, w.Park);
        var kim = To(published, w.Kim);
        Assert.Equal("[TechBridge] 미팅 일정 공개: EUREKA 데이 기술협력 상담회", kim.Subject);
        Assert.Contains("김기업님, EUREKA 데이 기술협력 상담회의 미팅 일정이 공개되었습니다. 미팅 2건:", kim.TextBody, StringComparison.Ordinal);
        Assert.Contains($"- {Time(robinsSlot)} · T1 · Robin Lee (KAIST)", kim.TextBody, StringComparison.Ordinal);
        Assert.Contains($"- {Time(parksSlot)} · T1 · 박센터 (구미센터)", kim.TextBody, StringComparison.Ordinal);
        var robin = To(published, w.Robin);
        Assert.Equal("[TechBridge] Meeting schedule published: Korea EUREKA Day brokerage", robin.Subject);
        Assert.Contains("Your meetings (1):", robin.TextBody, StringComparison.Ordinal);
        Assert.Contains($"- {Time(robinsSlot)} · T1 · 김기업 (누리정밀)", robin.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("박센터", robin.TextBody, StringComparison.Ordinal);
        var park = To(published, w.Park);
        Assert.Contains("미팅 1건:", park.TextBody, StringComparison.Ordinal);
        Assert.Contains($"- {Time(parksSlot)} · T1 · 김기업 (누리정밀)", park.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Lee", park.TextBody, StringComparison.Ordinal);
        AssertWellFormed(published, w, $"/marketplace/events/{w.Event}/agenda");
    }

    /// <summary>
    /// An institute (a Korean- and an English-reading member) owning a technology; a company (a Korean- and an
    /// English-reading member) that asks about it; a third company's member, a program manager and an administrator who
    /// must never receive any of it.
    /// </summary>
    private async Task<(CoreHost Host, DealMailWorld World)> DealWorldAsync(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var institute = await MarketplaceMailHosts.OrganizationAsync(host, "한국기계연구원", "Korea Institute of Machinery", OrganizationKind.ResearchInstitute);
        var company = await MarketplaceMailHosts.OrganizationAsync(host, "한빛소재", "Hanbit Materials", OrganizationKind.Company);
        var other = await MarketplaceMailHosts.OrganizationAsync(host, "누리정밀", "Nuri Precision", OrganizationKind.Company);
        var sellerKo = await MarketplaceMailHosts.AccountAsync(host, Roles.Researcher, "김연구", "ko", institute);
        var sellerEn = await MarketplaceMailHosts.AccountAsync(host, Roles.Researcher, "Alex Kim", "en", institute);
        var buyerKo = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "이문의", "ko", company);
        var buyerEn = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "Sam Choi", "en", company);
        var third = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "남남", "ko", other);
        var manager = await MarketplaceMailHosts.AccountAsync(host, Roles.ProgramManager, "사업담당", "ko");
        var administrator = await MarketplaceMailHosts.AccountAsync(host, Roles.Administrator, "관리자", "en");
        var now = FakeTime.DefaultStart;
        var technology = new PublicTechnology
        {
            OwnerId = institute, TitleKo = "고정밀 감속기", TitleEn = "Precision reducer", Summary = "감속기", Trl = 6, CreatedAt = now, UpdatedAt = now,
        };
        await host.QueryAsync(db =>
        {
            db.PublicTechnologies.Add(technology);
            return db.SaveChangesAsync();
        });
        return (host, new DealMailWorld(technology.Id, sellerKo, sellerEn, buyerKo, buyerEn, [third, manager, administrator]));
    }

    /// <summary>
    /// An open event (2026-03-20, 09:00–10:00 KST, two 30-minute slots, one table) with three participants — 김기업 of
    /// 누리정밀 (Korean), Robin Lee of KAIST (English), 박센터 of 구미센터 (Korean) — its organiser, and a company user who
    /// did not register.
    /// </summary>
    private async Task<(CoreHost Host, EventMailWorld World)> EventWorldAsync(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var organizer = await MarketplaceMailHosts.AccountAsync(host, Roles.Coordinator, "조정자", "ko");
        var kim = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "김기업", "ko");
        var robin = await MarketplaceMailHosts.AccountAsync(host, Roles.Researcher, "Robin Lee", "en");
        var park = await MarketplaceMailHosts.AccountAsync(host, Roles.CenterOperator, "박센터", "ko");
        var outsider = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "남남", "en");
        var field = await host.QueryAsync(db => db.Fields.OrderBy(f => f.SortOrder).Select(f => f.Code).FirstAsync());
        var input = new EventInput("EUREKA 데이 기술협력 상담회", "Korea EUREKA Day brokerage", "한-유럽 기업 일대일 상담", "코엑스 그랜드볼룸", false,
            "2026-03-20", "2026-03-20", "09:00", "10:00", 30, 1, "2026-03-15");
        var id = await host.RunAsync<EventService, Guid>(s => s.CreateAsync(organizer.Id, input));
        await host.RunAsync<EventService>(s => s.AdvanceAsync(organizer.Id, id, PartneringEventStatus.Open));
        Task<Guid> Register(Account who, string organization) => host.RunAsync<EventService, Guid>(s =>
            s.RegisterAsync(who.Id, id, new RegistrationInput(organization, "정밀 감속기 설계", "배터리 소재 협력", [field], [])));
        var a = await Register(kim, "누리정밀");
        var b = await Register(robin, "KAIST");
        var c = await Register(park, "구미센터");
        return (host, new EventMailWorld(id, a, b, c, organizer, kim, robin, park, outsider));
    }

    private static MimeMessage To(IEnumerable<MimeMessage> messages, Account account) =>
        Assert.Single(messages, m => TestSmtpServer.IsTo(m, account.Email));

    /// <summary>Exactly these accounts received mail, one each, and nobody else of the world did.</summary>
    private static void AssertRecipients(IReadOnlyList<MimeMessage> messages, params Account[] expected)
    {
        Assert.Equal(expected.Select(a => a.Email).Order(StringComparer.Ordinal),
            messages.SelectMany(m => m.To.Mailboxes).Select(b => b.Address).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Each message is in its recipient's language, greets them by name, links to <paramref name="path"/> on the portal
    /// in text and HTML, and shows no placeholder, resource key or particle stem.
    /// </summary>
    private static void AssertWellFormed(IEnumerable<MimeMessage> messages, IMailWorld world, string path)
    {
        foreach (var message in messages)
        {
            var account = world.Accounts.Single(a => TestSmtpServer.IsTo(message, a.Email));
            // MimeKit files the Content-* headers it reads under the body.
            Assert.Equal(account.Culture, message.Headers[HeaderId.ContentLanguage] ?? message.Body?.Headers[HeaderId.ContentLanguage]);
            Assert.Equal("no-reply@techbridge.test", message.From.Mailboxes.Single().Address);
            Assert.StartsWith("[TechBridge] ", message.Subject, StringComparison.Ordinal);
            Assert.Contains(account.Culture == "en" ? $"Dear {account.Name}," : $"{account.Name}님,", message.TextBody, StringComparison.Ordinal);
            Assert.Contains(Base + path, message.TextBody, StringComparison.Ordinal);
            Assert.Contains($"href=\"{Base}{path}\"", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains($"<html lang=\"{account.Culture}\">", message.HtmlBody, StringComparison.Ordinal);
            foreach (var text in new[] { message.Subject, message.TextBody })
            {
                Assert.DoesNotMatch(@"\{[A-Za-z]+\}|Notice\.|Deal\.State|Deal\.LossReason|Event\.[A-Z]|\b(Nda|TermSheet|TechnicalMeeting|TechnicalFit)\b", text);
                Assert.DoesNotMatch(@"을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로", text);
            }

            if (account.Culture == "en")
            {
                // An English reader gets no Korean honorific from the template (names and the user's own words may be Korean).
                Assert.DoesNotContain("님", message.TextBody, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotMatch(@"\bDear\b|\bhere:", message.TextBody);
            }
        }
    }

    private interface IMailWorld
    {
        IReadOnlyList<Account> Accounts { get; }
    }

    private sealed record DealMailWorld(Guid Technology, Account SellerKo, Account SellerEn, Account BuyerKo, Account BuyerEn, IReadOnlyList<Account> Outsiders) : IMailWorld
    {
        public IReadOnlyList<Account> Accounts => [SellerKo, SellerEn, BuyerKo, BuyerEn, .. Outsiders];

        public IEnumerable<string> Everyone => Accounts.Select(a => a.Email);
    }

    private sealed record EventMailWorld(
        Guid Event, Guid ParticipantA, Guid ParticipantB, Guid ParticipantC, Account Organizer, Account Kim, Account Robin, Account Park, Account Outsider) : IMailWorld
    {
        public IReadOnlyList<Account> Accounts => [Organizer, Kim, Robin, Park, Outsider];

        public IEnumerable<string> Everyone => Accounts.Select(a => a.Email);
    }
}
