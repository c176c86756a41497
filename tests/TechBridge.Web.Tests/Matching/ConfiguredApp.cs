using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Matching;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Matching;

/// <summary>
/// The whole application over a given test database (with demo data) and extra configuration, for tests that start it
/// more than once over the same database or configure matching. Disposing it stops the host as a shutdown would.
/// </summary>
public sealed class ConfiguredApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public PartnerIndex PartnerIndex => Services.GetRequiredService<PartnerIndex>();

    /// <summary>Starts the host and waits until the partner index has finished its start (loaded or rebuilt and saved).</summary>
    public async Task StartAsync()
    {
        _ = Server;
        await PartnerIndex.Started.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async Task<HttpClient> SignedInAsync(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.SignInFullyAsync(DemoAccounts.All.First(a => a.Roles.Contains(role)).Email);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var all = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in TestRateLimits.Unthrottled)
        {
            all[key] = value;
        }

        foreach (var (key, value) in database.HostSettings())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }
    }
}
