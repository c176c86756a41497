using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Shared.Notifications;

/// <summary>The dispatcher against a real SMTP server: delivery, retries, giving up, and never sending a row twice.</summary>
public sealed class EmailDispatcherTests(NotificationHosts hosts) : IClassFixture<NotificationHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_PendingMail_DeliversSubjectRecipientAndAbsoluteLinkToTheSmtpServer(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var address = await QueueResetMailAsync(host, "en");

        await Dispatcher(host).DispatchDueAsync();

        var message = Assert.Single(await hosts.Smtp.WaitForAsync(1, m => TestSmtpServer.IsTo(m, address)));
        var row = await RowAsync(host, address);
        Assert.Equal("[TechBridge] Reset your password", message.Subject);
        Assert.Equal("no-reply@techbridge.test", message.From.Mailboxes.Single().Address);
        Assert.Equal($"{row.Id:N}@techbridge.test", message.MessageId);
        Assert.Contains($"{NotificationHosts.BaseUrl}/account/reset?token=abc123", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{NotificationHosts.BaseUrl}/account/reset?token=abc123\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal((EmailStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.NotNull(row.SentAt);
        Assert.Null(row.LastError);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_ServerRefusedOnce_KeepsTheMailPendingAndDeliversItOnTheRetry(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var address = await QueueResetMailAsync(host, "ko");
        var dispatcher = Dispatcher(host);
        hosts.Smtp.RefuseNext(1);

        await dispatcher.DispatchDueAsync();
        var afterRefusal = await RowAsync(host, address);
        await dispatcher.DispatchDueAsync();

        Assert.Equal((EmailStatus.Pending, 1), (afterRefusal.Status, afterRefusal.Attempts));
        Assert.Contains("Refused by the test server", afterRefusal.LastError, StringComparison.Ordinal);
        var message = Assert.Single(await hosts.Smtp.WaitForAsync(1, m => TestSmtpServer.IsTo(m, address)));
        Assert.Equal("[TechBridge] 비밀번호 재설정 안내", message.Subject);
        var delivered = await RowAsync(host, address);
        Assert.Equal((EmailStatus.Sent, 2), (delivered.Status, delivered.Attempts));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_ServerKeepsRefusing_MarksTheMailFailedAfterTheLastAttemptAndStops(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var address = await QueueResetMailAsync(host, "en");
        var dispatcher = Dispatcher(host);
        hosts.Smtp.RefuseAll();
        try
        {
            var refusedBefore = hosts.Smtp.RefusedCount;
            for (var i = 0; i < NotificationHosts.MaxAttempts + 2; i++)
            {
                await dispatcher.DispatchDueAsync();
            }

            var row = await RowAsync(host, address);
            Assert.Equal((EmailStatus.Failed, NotificationHosts.MaxAttempts), (row.Status, row.Attempts));
            Assert.Equal(NotificationHosts.MaxAttempts, hosts.Smtp.RefusedCount - refusedBefore);
            Assert.StartsWith("SmtpCommandException: ", row.LastError, StringComparison.Ordinal);
            Assert.Null(row.SentAt);
        }
        finally
        {
            hosts.Smtp.RefuseAll(false);
        }

        Assert.Empty(hosts.Smtp.To(address));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TryClaim_TwoDispatchersHoldingTheSameRead_OnlyOneGetsTheMail(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var address = await QueueResetMailAsync(host, "ko");
        var first = ActivatorUtilities.CreateInstance<EmailDispatcher>(host.Services);
        var second = ActivatorUtilities.CreateInstance<EmailDispatcher>(host.Services);
        await using var firstScope = host.Services.CreateAsyncScope();
        await using var secondScope = host.Services.CreateAsyncScope();
        var firstDb = firstScope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var secondDb = secondScope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var firstRead = await firstDb.OutgoingEmails.AsNoTracking().SingleAsync(e => e.To == address);
        var secondRead = await secondDb.OutgoingEmails.AsNoTracking().SingleAsync(e => e.To == address);

        var claims = await Task.WhenAll(first.TryClaimAsync(firstDb, firstRead), second.TryClaimAsync(secondDb, secondRead));

        Assert.Single(claims, claimed => claimed);
        var row = await RowAsync(host, address);
        Assert.Equal((EmailStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.True(row.NextAttemptAt > DateTimeOffset.UtcNow, "A claimed mail is not due for anyone else until the claim runs out.");
        await first.DispatchDueAsync();
        Assert.Empty(hosts.Smtp.To(address));

        // Let the claim run out so the shared outbox is left with nothing pending for the next test.
        await host.RunAsync<TechBridgeDbContext>(db => db.OutgoingEmails.Where(e => e.To == address)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EmailStatus.Failed)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_TwoDispatchersAtOnce_SendEveryMailExactlyOnce(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var addresses = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            addresses.Add(await QueueResetMailAsync(host, i % 2 == 0 ? "ko" : "en"));
        }

        var first = ActivatorUtilities.CreateInstance<EmailDispatcher>(host.Services);
        var second = ActivatorUtilities.CreateInstance<EmailDispatcher>(host.Services);
        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(first.DispatchDueAsync(), second.DispatchDueAsync());
        }

        var received = await hosts.Smtp.WaitForAsync(addresses.Count, m => addresses.Any(a => TestSmtpServer.IsTo(m, a)));
        Assert.Equal(addresses.Count, received.Count);
        Assert.Equal(addresses.Count, received.Select(m => m.MessageId).Distinct().Count());
        var rows = await host.QueryAsync(db => db.OutgoingEmails.Where(e => addresses.Contains(e.To)).ToListAsync());
        Assert.All(rows, r => Assert.Equal((EmailStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_NoSmtpHost_WritesTheMailAsEmlToThePickupDirectory(string provider)
    {
        var pickup = System.IO.Directory.CreateTempSubdirectory("techbridge-mail-").FullName;
        try
        {
            await using var host = await CoreHost.StartMigratedAsync(provider, s => s.Configure<EmailOptions>(o => o.PickupDirectory = pickup));
            var address = await QueueResetMailAsync(host, "ko");

            await host.Services.GetRequiredService<EmailDispatcher>().DispatchDueAsync();

            var file = Assert.Single(System.IO.Directory.GetFiles(pickup, "*.eml"));
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal(address, message.To.Mailboxes.Single().Address);
            Assert.Equal("[TechBridge] 비밀번호 재설정 안내", message.Subject);
            Assert.Contains("http://localhost:5080/account/reset?token=abc123", message.TextBody, StringComparison.Ordinal);
            Assert.Equal(EmailStatus.Sent, (await RowAsync(host, address)).Status);
        }
        finally
        {
            System.IO.Directory.Delete(pickup, recursive: true);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_MailWithCalendarInvitation_DeliversMultipartMixedWithAParseableCalendarPart(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var reservation = Guid.NewGuid();
        var address = await QueueResetMailAsync(host, "en", new Invitation(reservation));

        await Dispatcher(host).DispatchDueAsync();

        var message = Assert.Single(await hosts.Smtp.WaitForAsync(1, m => TestSmtpServer.IsTo(m, address)));
        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
        Assert.Contains($"{NotificationHosts.BaseUrl}/account/reset?token=abc123", message.TextBody, StringComparison.Ordinal);
        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("text/calendar", "REQUEST", "reservation.ics"), (part.ContentType.MimeType, part.ContentType.Parameters["method"], part.FileName));
        var calendar = await ReadCalendarAsync(part);
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(($"reservation-{reservation}@techbridge", "Spectrometer"), (e.Uid, e.Summary));
        Assert.Equal(new DateTime(2026, 3, 4, 1, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Dispatch_NoSmtpHost_WritesTheCalendarPartIntoTheEml(string provider)
    {
        var pickup = System.IO.Directory.CreateTempSubdirectory("techbridge-mail-").FullName;
        try
        {
            await using var host = await CoreHost.StartMigratedAsync(provider, s => s.Configure<EmailOptions>(o => o.PickupDirectory = pickup));
            var reservation = Guid.NewGuid();
            await QueueResetMailAsync(host, "ko", new Invitation(reservation));

            // Another dispatcher than the one that saw the mail queued, as after a restart: the attachment comes from the outbox row.
            await ActivatorUtilities.CreateInstance<EmailDispatcher>(host.Services).DispatchDueAsync();

            var message = await MimeMessage.LoadAsync(Assert.Single(System.IO.Directory.GetFiles(pickup, "*.eml")));
            var part = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal("text/calendar", part.ContentType.MimeType);
            Assert.Equal($"reservation-{reservation}@techbridge", Assert.Single((await ReadCalendarAsync(part)).Events).Uid);
            Assert.Equal("분광기", Assert.Single((await ReadCalendarAsync(part)).Events).Summary);
        }
        finally
        {
            System.IO.Directory.Delete(pickup, recursive: true);
        }
    }

    private static async Task<Ical.Net.Calendar> ReadCalendarAsync(MimePart part)
    {
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }

    /// <summary>An invitation as reservations make them: summary in the recipient's language.</summary>
    private sealed class Invitation(Guid reservation) : INoticeAttachment
    {
        public EmailAttachment For(string culture) => new("reservation.ics", "text/calendar; method=REQUEST; charset=utf-8",
            Core.Facilities.Reservations.ReservationCalendar.Invitation(new Core.Facilities.Reservations.ReservationInvite(
                reservation, new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 3, 4, 12, 0, 0, TimeSpan.FromHours(9)),
                culture == "en" ? "Spectrometer" : "분광기", "Analysis", "KIMS", "no-reply@techbridge.test", DateTimeOffset.UnixEpoch, Cancelled: false)));
    }

    private static EmailDispatcher Dispatcher(CoreHost host) => host.Services.GetRequiredService<EmailDispatcher>();

    private static async Task<string> QueueResetMailAsync(CoreHost host, string culture, INoticeAttachment? attachment = null)
    {
        var address = $"mail-{Guid.NewGuid():N}@example.kr";
        await NotificationHosts.NotifyAsync(host, notifier =>
            notifier.EmailAsync(address, culture, Notice.Of(NoticeTemplates.AccountPasswordReset, "/account/reset?token=abc123", ("name", "Sam")) with { Attachment = attachment }));
        return address;
    }

    private static Task<OutgoingEmail> RowAsync(CoreHost host, string address) =>
        host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.To == address));
}
