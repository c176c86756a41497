using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace TechBridge.E2E.Infrastructure;

/// <summary>The portal on a real Kestrel socket (so a real browser can reach it), over a fresh SQLite database with demo data.</summary>
public sealed class PortalServer(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["ConnectionStrings:Sqlite"] = Database.ConnectionString,
            ["TechBridge:DataDirectory"] = Path.GetTempPath(),
        }));
    }
}
