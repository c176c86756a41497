using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Marketplace.Inquiries;

/// <summary>
/// Who hears of a thread: a new one tells every account of the recipient side (inbox and e-mail, each in their language),
/// a reply tells the other side's accounts, nobody is told of their own message, and a person without an account gets
/// only an e-mail at their address, with a link to sign up.
/// </summary>
public sealed class InquiryNoticeTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task StartAndReply_OrganisationThread_TellEachOtherSideInTheirLanguage(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var id = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology, "감속기 기술이전 비용이 궁금합니다.");

        var received = await InboxAsync(world, NoticeTemplates.InquiryReceived);
        Assert.Equal([world.InstituteKo, world.InstituteEn], received.Select(m => m.UserId).Order());
        var ko = received.Single(m => m.UserId == world.InstituteKo);
        var en = received.Single(m => m.UserId == world.InstituteEn);
        Assert.Equal(("[TechBridge] 새 문의: 기술 문의", "[TechBridge] New inquiry: 기술 문의"), (ko.Subject, en.Subject));
        Assert.Contains("이문의 (한빛소재)", ko.Body, StringComparison.Ordinal);
        Assert.Contains("이문의 (Hanbit Materials)", en.Body, StringComparison.Ordinal);
        Assert.Contains("감속기 기술이전 비용이 궁금합니다.", en.Body, StringComparison.Ordinal);
        Assert.All(received, m => Assert.Equal($"/marketplace/inquiries/{id}", m.Link));
        var mails = await MailsAsync(world, NoticeTemplates.InquiryReceived);
        Assert.Equal([("en", "[TechBridge] New inquiry: 기술 문의"), ("ko", "[TechBridge] 새 문의: 기술 문의")],
            mails.Select(m => (m.Culture, m.Subject)).Order());

        await world.ReplyAsync(world.InstituteEn, id, "We can send the licence terms.");
        var replied = Assert.Single(await InboxAsync(world, NoticeTemplates.InquiryReplied));
        Assert.Equal((world.Sender, "[TechBridge] 문의 답장: 기술 문의"), (replied.UserId, replied.Subject));
        Assert.Contains("Alex Kim님이", replied.Body, StringComparison.Ordinal);

        await world.ReplyAsync(world.Sender, id, "감사합니다.");
        var back = await InboxAsync(world, NoticeTemplates.InquiryReplied);
        Assert.Equal([world.InstituteKo, world.InstituteEn, world.Sender], back.Select(m => m.UserId).Order());
        Assert.Equal("[TechBridge] Reply to your inquiry: 기술 문의", back.Single(m => m.UserId == world.InstituteEn).Subject);
        Assert.DoesNotContain(await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Select(m => m.UserId).ToListAsync()),
            u => u == world.SenderColleague || u == world.Stranger || u == world.Manager);
        Assert.Equal(3, (await MailsAsync(world, NoticeTemplates.InquiryReplied)).Count);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_PersonWithOrWithoutAccount_TellsTheAccountOrMailsTheAddressOnly(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var withAccount = await world.StartAsync(world.Sender, InquirySubjectKind.Person, world.Researcher);
        var guest = await world.StartAsync(world.Sender, InquirySubjectKind.Person, world.Guest, "Could we meet at the fair?");

        var inbox = Assert.Single(await InboxAsync(world, NoticeTemplates.InquiryReceived));
        Assert.Equal((world.ResearcherAccount, $"/marketplace/inquiries/{withAccount}"), (inbox.UserId, inbox.Link));
        var mail = Assert.Single(await MailsAsync(world, NoticeTemplates.InquiryReceived), m => m.To == world.GuestEmail);
        Assert.Equal(("en", "[TechBridge] New inquiry: 기술 문의"), (mail.Culture, mail.Subject));
        Assert.Contains("Dear Greta Gast", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/account/register?returnUrl=%2Fmarketplace%2Finquiries%2F{guest}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Could we meet at the fair?", mail.TextBody, StringComparison.Ordinal);
        var guestThread = await world.ThreadAsync(world.Sender, guest);
        var recipient = Assert.Single(guestThread.Parties, p => p.Side == InquirySide.Recipient);
        Assert.Equal(("Greta Gast", (string?)null, (Guid?)null), (recipient.Name, recipient.Email, recipient.UserId));
    }

    private static Task<List<InboxMessage>> InboxAsync(InquiryWorld world, string template) =>
        world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == template).ToListAsync());

    private static Task<List<OutgoingEmail>> MailsAsync(InquiryWorld world, string template) =>
        world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.Template == template).ToListAsync());
}
