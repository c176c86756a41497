using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Mail;

/// <summary>
/// One initialised database per provider whose mail goes through the real <see cref="EmailDispatcher"/> and
/// <see cref="SmtpEmailSender"/> to a shared <see cref="TestSmtpServer"/>, with a clock standing at 2026-03-02 10:02 KST
/// (it never moves, so every test may use an event that opens later). Each test adds its own organisations and accounts
/// (unique addresses) and reads only the mail sent to them.
/// </summary>
public sealed class MarketplaceMailHosts : IAsyncLifetime
{
    public const string BaseUrl = "https://portal.techbridge.test";

    private readonly ConcurrentDictionary<string, Lazy<Task<CoreHost>>> hosts = new(StringComparer.Ordinal);

    public TestSmtpServer Smtp { get; private set; } = default!;

    public FakeTime Time { get; } = new();

    public async Task InitializeAsync() => Smtp = await TestSmtpServer.StartAsync();

    public Task<CoreHost> GetAsync(string provider) =>
        hosts.GetOrAdd(provider, p => new Lazy<Task<CoreHost>>(() => CoreHost.StartInitializedAsync(p, configure: Configure))).Value;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await (await host.Value).DisposeAsync();
        }

        await Smtp.DisposeAsync();
    }

    /// <summary>Sends every pending mail through SMTP and returns what the listener accepted for <paramref name="addresses"/> meanwhile.</summary>
    public async Task<IReadOnlyList<MimeMessage>> DeliverAsync(CoreHost host, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(host);
        var before = Smtp.Received.Count;
        await host.Services.GetRequiredService<EmailDispatcher>().DispatchDueAsync();
        var watched = addresses.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Smtp.Received.Skip(before).Where(m => m.To.Mailboxes.Any(b => watched.Contains(b.Address))).ToList();
    }

    public static async Task<Guid> OrganizationAsync(CoreHost host, string ko, string en, OrganizationKind kind)
    {
        ArgumentNullException.ThrowIfNull(host);
        var now = FakeTime.DefaultStart;
        var organization = new Organization { NameKo = ko, NameEn = en, CountryCode = "KR", Kind = kind, CreatedAt = now, UpdatedAt = now };
        await host.QueryAsync(db =>
        {
            db.Organizations.Add(organization);
            return db.SaveChangesAsync();
        });
        return organization.Id;
    }

    public static async Task<Account> AccountAsync(CoreHost host, string role, string name, string culture, Guid? organization = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"mail-{Guid.NewGuid():N}@example.kr";
        var user = await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, "Mail-World-2026!", [role], culture, organization)));
        return new Account(user.Id, email, name, culture);
    }

    private void Configure(IServiceCollection services)
    {
        services.AddScoped<IAuditActor>(_ => new TestAuditActor("mail-1", "메일 테스트", "req-mail"));
        services.AddSingleton<TimeProvider>(Time);
        services.Configure<EmailOptions>(o =>
        {
            o.Host = Smtp.Host;
            o.Port = Smtp.Port;
            o.UseStartTls = false;
            o.From = "no-reply@techbridge.test";
            o.RetryDelay = TimeSpan.Zero;
        });
        services.Configure<NotificationOptions>(o => o.PublicBaseUrl = BaseUrl);
    }
}

/// <summary>An account of a mail test: its id, address, display name and preferred language.</summary>
public sealed record Account(Guid Id, string Email, string Name, string Culture);
