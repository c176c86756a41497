using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Shared.Notifications;

/// <summary>What notifying writes, in which language, and that it shares the caller's transaction.</summary>
public sealed class NotifierTests(NotificationHosts hosts) : IClassFixture<NotificationHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NotifyUser_KoreanAndEnglishRecipients_WritesInboxAndOutboxRowsInEachOnesLanguage(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var korean = await NotificationHosts.AddUserAsync(host, "ko", "김하늘");
        var english = await NotificationHosts.AddUserAsync(host, "en", "Jane Doe");

        await NotificationHosts.NotifyAsync(host, async notifier =>
        {
            foreach (var user in new[] { korean.Id, english.Id })
            {
                await notifier.NotifyUserAsync(user, Notice.Of(NoticeTemplates.AccountLinkApproved, "/directory/organizations", ("organization", "한국기계연구원")));
            }
        });

        var inbox = await host.QueryAsync(db => db.InboxMessages.Where(m => m.UserId == korean.Id || m.UserId == english.Id).ToListAsync());
        var mail = await host.QueryAsync(db => db.OutgoingEmails.Where(e => e.To == korean.Email || e.To == english.Email).ToListAsync());
        var koreanMessage = Assert.Single(inbox, m => m.UserId == korean.Id);
        var englishMessage = Assert.Single(inbox, m => m.UserId == english.Id);
        Assert.Equal("[TechBridge] 한국기계연구원 소속 연결이 승인되었습니다", koreanMessage.Subject);
        Assert.StartsWith("김하늘님, 한국기계연구원 소속 연결 요청이 승인되었습니다.", koreanMessage.Body, StringComparison.Ordinal);
        Assert.Equal("[TechBridge] Your link to 한국기계연구원 was approved", englishMessage.Subject);
        Assert.StartsWith("Hello Jane Doe,", englishMessage.Body, StringComparison.Ordinal);
        Assert.Equal("/directory/organizations", englishMessage.Link);
        Assert.Null(englishMessage.ReadAt);
        Assert.Equal(NoticeTemplates.AccountLinkApproved, englishMessage.Template);

        var koreanMail = Assert.Single(mail, e => e.To == korean.Email);
        var englishMail = Assert.Single(mail, e => e.To == english.Email);
        Assert.Equal(("ko", koreanMessage.Subject), (koreanMail.Culture, koreanMail.Subject));
        Assert.Equal(("en", englishMessage.Subject), (englishMail.Culture, englishMail.Subject));
        Assert.Equal("Jane Doe", englishMail.ToName);
        Assert.Equal((EmailStatus.Pending, 0), (englishMail.Status, englishMail.Attempts));
        Assert.Contains($"{NotificationHosts.BaseUrl}/directory/organizations", englishMail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{NotificationHosts.BaseUrl}/directory/organizations\"", englishMail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NotifyUser_TransactionRolledBack_LeavesNeitherInboxNorOutboxRow(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var user = await NotificationHosts.AddUserAsync(host, "ko", "이도윤");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<INotifier>()
                .NotifyUserAsync(user.Id, Notice.Of(NoticeTemplates.AccountSecurityChanged, null, ("time", "2026-12-05 10:00 KST")));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.UserId == user.Id)));
        Assert.Equal(0, await host.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.To == user.Email)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NotifyUser_InTransaction_WakesTheDispatcherOnlyAtCommit(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var user = await NotificationHosts.AddUserAsync(host, "en", "Alex Kim");
        var signal = host.Services.GetRequiredService<OutboxSignal>();
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None); // forget earlier wakes

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<INotifier>()
            .NotifyUserAsync(user.Id, Notice.Of(NoticeTemplates.AccountSecurityChanged, null, ("time", "2026-12-05 10:00 KST")));
        await db.SaveChangesAsync();
        var wokenBeforeCommit = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
        await transaction.CommitAsync();
        var wokenAtCommit = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.False(wokenBeforeCommit);
        Assert.True(wokenAtCommit);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Email_WithTokenLink_IsAuditedWithoutTheBodies(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var address = $"reset-{Guid.NewGuid():N}@example.kr";

        await NotificationHosts.NotifyAsync(host, notifier =>
            notifier.EmailAsync(address, "ko", Notice.Of(NoticeTemplates.AccountPasswordReset, "/account/reset?token=SECRET-TOKEN-42", ("name", "박서준"))));

        var id = await host.QueryAsync(db => db.OutgoingEmails.Where(e => e.To == address).Select(e => e.Id).SingleAsync());
        var audit = await host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(OutgoingEmail) && a.EntityId == id.ToString()));
        Assert.Contains(address, audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-TOKEN-42", audit.After, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.Body.Contains("SECRET-TOKEN-42"))));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NotifyUser_UnknownUser_ThrowsNotFound(string provider)
    {
        var host = await hosts.GetAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => NotificationHosts.NotifyAsync(host, notifier =>
            notifier.NotifyUserAsync(Guid.NewGuid(), Notice.Of(NoticeTemplates.AccountSecurityChanged, null, ("time", "now")))));
    }
}
