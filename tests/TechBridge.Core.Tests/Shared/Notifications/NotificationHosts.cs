using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Shared.Notifications;

/// <summary>
/// One migrated database per provider whose mail goes to a shared <see cref="TestSmtpServer"/>, with quick retries (no
/// delay, three attempts) so retry tests need not wait. Tests add their own recipients and assert only on those.
/// </summary>
public sealed class NotificationHosts : IAsyncLifetime
{
    public const string BaseUrl = "https://portal.techbridge.test";
    public const int MaxAttempts = 3;

    private readonly ConcurrentDictionary<string, Lazy<Task<CoreHost>>> hosts = new(StringComparer.Ordinal);

    public TestSmtpServer Smtp { get; private set; } = default!;

    public async Task InitializeAsync() => Smtp = await TestSmtpServer.StartAsync();

    public Task<CoreHost> GetAsync(string provider) =>
        hosts.GetOrAdd(provider, p => new Lazy<Task<CoreHost>>(() => CoreHost.StartMigratedAsync(p, Configure))).Value;

    public void Configure(IServiceCollection services)
    {
        services.Configure<EmailOptions>(o =>
        {
            o.Host = Smtp.Host;
            o.Port = Smtp.Port;
            o.UseStartTls = false;
            o.From = "no-reply@techbridge.test";
            o.RetryDelay = TimeSpan.Zero;
            o.MaxAttempts = MaxAttempts;
        });
        services.Configure<NotificationOptions>(o => o.PublicBaseUrl = BaseUrl);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in hosts.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await (await host.Value).DisposeAsync();
        }

        await Smtp.DisposeAsync();
    }

    /// <summary>Adds an account with a unique address and the given language; returns its id and address.</summary>
    public static async Task<(Guid Id, string Email)> AddUserAsync(CoreHost host, string culture, string displayName)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"notify-{Guid.NewGuid():N}@example.kr";
        var user = new UserAccount
        {
            Email = email, NormalizedEmail = UserAccount.Normalize(email), DisplayName = displayName, Culture = culture, CreatedAt = DateTimeOffset.UtcNow,
            PasswordHash = "not-used-here",
        };
        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        });
        return (user.Id, email);
    }

    /// <summary>Runs <paramref name="action"/> with a notifier and its context from one scope, then saves.</summary>
    public static async Task NotifyAsync(CoreHost host, Func<INotifier, Task> action)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = host.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<INotifier>());
        await scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>().SaveChangesAsync();
    }
}
