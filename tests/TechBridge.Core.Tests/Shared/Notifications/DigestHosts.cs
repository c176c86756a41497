using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Jobs;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Shared.Notifications;

/// <summary>
/// One migrated database per provider on a fake clock, for the delivery settings and the daily digest (hour 8 KST).
/// Tests add their own recipients and assert only on those; each test sets the clock it needs.
/// </summary>
public sealed class DigestHosts : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CoreHost>>> hosts = new(StringComparer.Ordinal);

    public FakeTime Time { get; } = new();

    public Task<CoreHost> GetAsync(string provider) =>
        hosts.GetOrAdd(provider, p => new Lazy<Task<CoreHost>>(() => CoreHost.StartMigratedAsync(p, services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.Configure<NotificationOptions>(o => o.PublicBaseUrl = NotificationHosts.BaseUrl);
            services.Configure<DigestOptions>(o => o.DigestHourKst = 8);
        }))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await (await host.Value).DisposeAsync();
        }
    }

    public void SetNow(DateTimeOffset at) => Time.Advance(at - Time.GetUtcNow());

    /// <summary>An instant in Korea time in March 2026.</summary>
    public static DateTimeOffset Kst(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(9));

    public static Task SetDeliveryAsync(CoreHost host, Guid user, EmailDelivery delivery) =>
        host.RunAsync<NotificationSettingsService>(s => s.SetEmailDeliveryAsync(user, delivery.ToString()));

    public static Task NotifyAsync(CoreHost host, Guid user, string organization) =>
        NotificationHosts.NotifyAsync(host, n => n.NotifyUserAsync(user, Notice.Of(NoticeTemplates.AccountLinkApproved, "/directory/organizations", ("organization", organization))));

    /// <summary>Runs the digest job as the scheduler does: a new instance from a scope of its own (as after a restart).</summary>
    public static async Task RunJobAsync(CoreHost host)
    {
        var type = typeof(NoticeDigest).Assembly.GetType("TechBridge.Core.Shared.Notifications.NoticeDigestJob", throwOnError: true)!;
        await using var scope = host.Services.CreateAsyncScope();
        var job = Assert.IsAssignableFrom<IRecurringJob>(scope.ServiceProvider.GetRequiredService(type));
        await job.RunAsync(CancellationToken.None);
    }

    public static Task<List<OutgoingEmail>> MailAsync(CoreHost host, string address) =>
        host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(e => e.To == address).OrderBy(e => e.CreatedAt).ToListAsync());

    public static Task<List<InboxMessage>> InboxAsync(CoreHost host, Guid user) =>
        host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == user).OrderBy(m => m.CreatedAt).ToListAsync());
}
