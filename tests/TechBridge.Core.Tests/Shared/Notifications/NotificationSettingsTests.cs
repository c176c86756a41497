using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;
using static TechBridge.Core.Tests.Shared.Notifications.DigestHosts;

namespace TechBridge.Core.Tests.Shared.Notifications;

/// <summary>A person's e-mail delivery setting, and what the notifier does with each choice.</summary>
public sealed class NotificationSettingsTests(DigestHosts hosts) : IClassFixture<DigestHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetEmailDelivery_NewValue_IsStoredAndAuditedAndTheSameValueAgainWritesNothing(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var user = await NotificationHosts.AddUserAsync(host, "ko", "설정 시험자");
        var before = await host.RunAsync<NotificationSettingsService, NotificationSettingsView>(s => s.GetAsync(user.Id));

        await SetDeliveryAsync(host, user.Id, EmailDelivery.DailyDigest);
        await SetDeliveryAsync(host, user.Id, EmailDelivery.DailyDigest);
        var after = await host.RunAsync<NotificationSettingsService, NotificationSettingsView>(s => s.GetAsync(user.Id));

        Assert.Equal(EmailDelivery.Immediately, before.EmailDelivery);
        Assert.Equal(EmailDelivery.DailyDigest, after.EmailDelivery);
        var audit = Assert.Single(await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(NotificationSetting) && a.EntityId == user.Id.ToString()).ToListAsync()));
        Assert.Equal(AuditAction.Added, audit.Action);
        Assert.Contains("DailyDigest", audit.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite", "ko", "알 수 없는 메일 수신 방식 코드입니다: Weekly")]
    [InlineData("postgres", "en", "E-mail delivery: unknown code 'Weekly'.")]
    public async Task SetEmailDelivery_UnknownValue_FieldErrorInTheReadersLanguageAndNothingSaved(string provider, string culture, string expected)
    {
        var host = await hosts.GetAsync(provider);
        var user = await NotificationHosts.AddUserAsync(host, "ko", "설정 시험자");

        ValidationFailedException error;
        using (UiCulture.Use(culture))
        {
            error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                host.RunAsync<NotificationSettingsService, NotificationSettingsView>(s => s.SetEmailDeliveryAsync(user.Id, "Weekly")));
        }

        var numeric = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            host.RunAsync<NotificationSettingsService, NotificationSettingsView>(s => s.SetEmailDeliveryAsync(user.Id, "1")));

        Assert.Equal([expected], error.Errors[NotificationSettingsService.EmailDeliveryField]);
        Assert.True(numeric.Errors.ContainsKey(NotificationSettingsService.EmailDeliveryField));
        Assert.Equal(0, await host.QueryAsync(db => db.NotificationSettings.CountAsync(s => s.UserId == user.Id)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetEmailDelivery_UnknownUser_ThrowsNotFound(string provider)
    {
        var host = await hosts.GetAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() =>
            host.RunAsync<NotificationSettingsService, NotificationSettingsView>(s => s.SetEmailDeliveryAsync(Guid.NewGuid(), "InboxOnly")));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NotifyUser_EachDelivery_InboxAlwaysMailOnlyWhenImmediate(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var immediate = await NotificationHosts.AddUserAsync(host, "ko", "즉시");
        var digest = await NotificationHosts.AddUserAsync(host, "ko", "모아");
        var inboxOnly = await NotificationHosts.AddUserAsync(host, "en", "Inbox Only");
        await SetDeliveryAsync(host, digest.Id, EmailDelivery.DailyDigest);
        await SetDeliveryAsync(host, inboxOnly.Id, EmailDelivery.InboxOnly);

        foreach (var user in new[] { immediate, digest, inboxOnly })
        {
            await NotifyAsync(host, user.Id, "한국기계연구원");
        }

        Assert.False(Assert.Single(await InboxAsync(host, immediate.Id)).AwaitsDigest);
        Assert.True(Assert.Single(await InboxAsync(host, digest.Id)).AwaitsDigest);
        Assert.False(Assert.Single(await InboxAsync(host, inboxOnly.Id)).AwaitsDigest);
        Assert.Single(await MailAsync(host, immediate.Email));
        Assert.Empty(await MailAsync(host, digest.Email));
        Assert.Empty(await MailAsync(host, inboxOnly.Email));
    }

    [Theory]
    [InlineData("sqlite", EmailDelivery.DailyDigest)]
    [InlineData("postgres", EmailDelivery.InboxOnly)]
    public async Task NotifyUser_AccountSecurityNotice_IsMailedAtOnceWhateverTheSetting(string provider, EmailDelivery delivery)
    {
        var host = await hosts.GetAsync(provider);
        var user = await NotificationHosts.AddUserAsync(host, "ko", "보안");
        await SetDeliveryAsync(host, user.Id, delivery);

        await NotificationHosts.NotifyAsync(host, n => n.NotifyUserAsync(user.Id,
            Notice.Of(NoticeTemplates.AccountSecurityChanged, "/account/security", ("time", "2026-03-02 10:00 KST"))));

        var mail = Assert.Single(await MailAsync(host, user.Email));
        Assert.Equal(NoticeTemplates.AccountSecurityChanged, mail.Template);
        Assert.False(Assert.Single(await InboxAsync(host, user.Id)).AwaitsDigest);
        Assert.Equal(
            ["AccountAlreadyRegistered", "AccountConfirmEmail", "AccountPasswordReset", "AccountSecurityChanged"],
            NoticeTemplates.AccountSecurity.Order(StringComparer.Ordinal));
        Assert.Equal("ko", mail.Culture);
    }
}
