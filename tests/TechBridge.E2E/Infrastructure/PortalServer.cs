using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TechBridge.E2E.Infrastructure;

/// <summary>The portal on a real Kestrel socket (so a real browser can reach it), over a fresh SQLite database with demo data.</summary>
public sealed class PortalServer(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.HostSettings().Concat(TestRateLimits.Unthrottled))
        {
            builder.UseSetting(key, value);
        }
    }
}
