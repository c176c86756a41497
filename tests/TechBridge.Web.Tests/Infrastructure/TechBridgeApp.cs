using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace TechBridge.Web.Tests.Infrastructure;

/// <summary>The whole application in-process over a fresh database, with demo data and demo accounts loaded.</summary>
public sealed class TechBridgeApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            [Database.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = Database.ConnectionString,
            ["TechBridge:DataDirectory"] = Path.GetTempPath(),
        }));
    }
}
