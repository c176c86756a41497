using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TechBridge.Web.Tests.Infrastructure;

/// <summary>The whole application in-process over a fresh database, with demo data and demo accounts loaded.</summary>
public sealed class TechBridgeApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.HostSettings().Concat(TestRateLimits.Unthrottled))
        {
            builder.UseSetting(key, value);
        }

        // Never real mail from a test: without an SMTP host the dispatcher writes .eml files under the test's data directory.
        builder.UseSetting("Email:Host", string.Empty);
    }
}
