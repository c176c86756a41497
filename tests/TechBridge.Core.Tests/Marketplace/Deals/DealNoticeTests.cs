using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Marketplace.Inquiries;

namespace TechBridge.Core.Tests.Marketplace.Deals;

/// <summary>Who hears of a deal: every account of the other party (inbox and e-mail, each in their language); never the actor's own side, never outsiders.</summary>
public sealed class DealNoticeTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task OpenStepLose_TellTheOtherPartyInTheirLanguage(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var (_, deal) = await world.OpenFromInquiryAsync();

        var opened = await InboxAsync(world, NoticeTemplates.DealOpened);
        Assert.Equal([world.Sender, world.SenderColleague], opened.Select(m => m.UserId).Order());
        Assert.All(opened, m => Assert.Equal(("[TechBridge] 새 기술이전 거래: 고정밀 감속기", $"/marketplace/deals/{deal}"), (m.Subject, m.Link)));
        Assert.Contains("김연구님(한국기계연구원)", opened[0].Body, StringComparison.Ordinal);

        await world.RecordAsync(world.Sender, deal, DealWorld.Step(DealState.Nda));
        var step = await InboxAsync(world, NoticeTemplates.DealStepRecorded);
        Assert.Equal([world.InstituteKo, world.InstituteEn], step.Select(m => m.UserId).Order());
        Assert.Equal("[TechBridge] 거래 진행: 고정밀 감속기 · 비밀유지계약", step.Single(m => m.UserId == world.InstituteKo).Subject);
        var english = step.Single(m => m.UserId == world.InstituteEn);
        Assert.Equal("[TechBridge] Deal update: Precision reducer · NDA", english.Subject);
        Assert.Contains("이문의 (Hanbit Materials)", english.Body, StringComparison.Ordinal);
        Assert.Contains("Stage: NDA (2026-03-02)", english.Body, StringComparison.Ordinal);

        await world.LoseAsync(world.InstituteEn, deal, DealLossReason.TechnicalFit, "The prototype did not fit.");
        var lost = await InboxAsync(world, NoticeTemplates.DealLost);
        Assert.Equal([world.Sender, world.SenderColleague], lost.Select(m => m.UserId).Order());
        Assert.All(lost, m => Assert.Contains("사유: 기술 적합성", m.Body, StringComparison.Ordinal));

        var mails = await world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.Template.StartsWith("Deal")).Select(m => new { m.Template, m.Culture }).ToListAsync());
        Assert.Equal(6, mails.Count);
        Assert.Single(mails, m => m.Culture == "en");
        Assert.DoesNotContain(await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template.StartsWith("Deal")).Select(m => m.UserId).ToListAsync()),
            u => u == world.Stranger || u == world.Manager || u == world.Administrator || u == world.NeedOwner);
    }

    private static Task<List<InboxMessage>> InboxAsync(InquiryWorld world, string template) =>
        world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == template).OrderBy(m => m.UserId).ToListAsync());
}
