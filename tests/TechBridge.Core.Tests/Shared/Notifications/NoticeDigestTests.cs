using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Shared.Notifications;
using static TechBridge.Core.Tests.Shared.Notifications.DigestHosts;

namespace TechBridge.Core.Tests.Shared.Notifications;

/// <summary>The daily digest on a fake clock: once a day after 08:00 KST, one e-mail per person, never lost or repeated.</summary>
public sealed class NoticeDigestTests(DigestHosts hosts) : IClassFixture<DigestHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunJob_AcrossTheDigestHour_SendsOneDigestInTheRecipientsLanguageOnlyAfterTheHour(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var english = await DigestRecipientAsync(host, "en", "Jane Doe");
        var korean = await DigestRecipientAsync(host, "ko", "김하늘");
        hosts.SetNow(Kst(2, 14, 5));
        await NotifyAsync(host, english.Id, "KIMM");
        await NotifyAsync(host, korean.Id, "한국기계연구원");
        hosts.SetNow(Kst(2, 21, 30));
        await NotifyAsync(host, english.Id, "KITECH");

        hosts.SetNow(Kst(3, 7, 59));
        await RunJobAsync(host);
        var beforeTheHour = await MailAsync(host, english.Email);
        hosts.SetNow(Kst(3, 8, 0));
        await RunJobAsync(host);

        Assert.Empty(beforeTheHour);
        var mail = Assert.Single(await MailAsync(host, english.Email));
        Assert.Equal((NoticeTemplates.NoticeDigest, "en", EmailStatus.Pending), (mail.Template, mail.Culture, mail.Status));
        Assert.Equal("[TechBridge] Your notices for 2026-03-03 (2)", mail.Subject);
        Assert.Contains("you have 2 TechBridge notice(s) since your last digest", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"· [TechBridge] Your link to KIMM was approved\n  2026-03-02 14:05 KST · {NotificationHosts.BaseUrl}/directory/organizations", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("· [TechBridge] Your link to KITECH was approved\n  2026-03-02 21:30 KST", mail.TextBody, StringComparison.Ordinal);
        Assert.True(mail.TextBody.IndexOf("KIMM", StringComparison.Ordinal) < mail.TextBody.IndexOf("KITECH", StringComparison.Ordinal), "Oldest notice first.");
        Assert.Contains($"href=\"{NotificationHosts.BaseUrl}/directory/organizations\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{NotificationHosts.BaseUrl}/account/security", mail.TextBody, StringComparison.Ordinal);
        Assert.Null(mail.AttachmentContent);
        var koreanMail = Assert.Single(await MailAsync(host, korean.Email));
        Assert.Equal("[TechBridge] 2026-03-03 알림 모아 보기 (1건)", koreanMail.Subject);
        Assert.StartsWith("김하늘님, 지난 모아 보기 메일 이후 TechBridge 알림이 1건 있습니다.", koreanMail.TextBody, StringComparison.Ordinal);
        Assert.All(await InboxAsync(host, english.Id), m => Assert.Equal((false, (DateTimeOffset?)Kst(3, 8, 0)), (m.AwaitsDigest, m.DigestedAt)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunJob_NewInstanceAfterADigest_SendsNoSecondOneAndKeepsLaterNoticesForTheNextDay(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var user = await DigestRecipientAsync(host, "en", "Alex Kim");
        hosts.SetNow(Kst(9, 18, 0));
        await NotifyAsync(host, user.Id, "ETRI");
        hosts.SetNow(Kst(10, 8, 3));
        await RunJobAsync(host);
        hosts.SetNow(Kst(10, 9, 0));
        await NotifyAsync(host, user.Id, "KERI");

        // A restart: a new job instance, nothing kept in memory, runs again the same morning.
        hosts.SetNow(Kst(10, 9, 5));
        await RunJobAsync(host);
        var sameDay = await MailAsync(host, user.Email);
        hosts.SetNow(Kst(11, 8, 0));
        await RunJobAsync(host);
        await RunJobAsync(host);

        Assert.Single(sameDay);
        var mails = await MailAsync(host, user.Email);
        Assert.Equal(2, mails.Count);
        Assert.Contains("ETRI", mails[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("KERI", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("KERI", mails[1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ETRI", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Your notices for 2026-03-11 (1)", mails[1].Subject);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunJob_NoNoticesOrSwitchedToInboxOnly_SendsNothingAndStopsWaiting(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var quiet = await DigestRecipientAsync(host, "ko", "조용");
        var switched = await DigestRecipientAsync(host, "ko", "변경");
        hosts.SetNow(Kst(16, 12, 0));
        await NotifyAsync(host, switched.Id, "KIMS");
        await SetDeliveryAsync(host, switched.Id, EmailDelivery.InboxOnly);

        hosts.SetNow(Kst(17, 8, 30));
        await RunJobAsync(host);

        Assert.Empty(await MailAsync(host, quiet.Email));
        Assert.Empty(await MailAsync(host, switched.Email));
        var message = Assert.Single(await InboxAsync(host, switched.Id));
        Assert.Equal((false, (DateTimeOffset?)Kst(17, 8, 30)), (message.AwaitsDigest, message.DigestedAt));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SendDue_DigestQueued_IsAuditedAsAnOutgoingEmail(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var user = await DigestRecipientAsync(host, "ko", "감사");
        hosts.SetNow(Kst(23, 10, 0));
        await NotifyAsync(host, user.Id, "KRISS");
        hosts.SetNow(Kst(24, 8, 1));

        var sent = await host.RunAsync<NoticeDigest, int>(d => d.SendDueAsync());

        Assert.True(sent >= 1);
        var id = Assert.Single(await MailAsync(host, user.Email)).Id;
        Assert.Equal(1, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(OutgoingEmail) && a.EntityId == id.ToString())));
    }

    [Theory]
    [InlineData(2, 7, 59, 1, 8)]
    [InlineData(2, 8, 0, 2, 8)]
    [InlineData(2, 23, 59, 2, 8)]
    [InlineData(1, 0, 30, 28, 8)]
    public void LastDigestHour_KoreaTime_IsTheLatestEightOClockAtOrBeforeNow(int day, int hour, int minute, int expectedDay, int expectedHour)
    {
        var now = new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(9));
        var expected = expectedDay == 28 ? new DateTimeOffset(2026, 2, 28, expectedHour, 0, 0, TimeSpan.FromHours(9)) : Kst(expectedDay, expectedHour);

        var cutoff = NoticeDigest.LastDigestHour(now.ToUniversalTime(), 8);

        Assert.Equal(expected, cutoff);
        Assert.Equal(TimeSpan.Zero, cutoff.Offset);
    }

    /// <summary>A new user of the given language who asked for the daily digest.</summary>
    private static async Task<(Guid Id, string Email)> DigestRecipientAsync(CoreHost host, string culture, string name)
    {
        var user = await NotificationHosts.AddUserAsync(host, culture, name);
        await SetDeliveryAsync(host, user.Id, EmailDelivery.DailyDigest);
        return user;
    }
}
