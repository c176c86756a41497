using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechBridge.Core;
using TechBridge.Core.Data;

namespace TechBridge.Cli.Database;

/// <summary><c>techbridge migrate</c>: bring a database to the current schema and reference data.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output)
    {
        await using var services = CliDatabase.Services(options);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(includeDemoData: false);
        await output.WriteLineAsync($"Database is current: {services.GetRequiredService<DatabaseSettings>().Describe()}");
        return 0;
    }
}

/// <summary>The database the CLI works on: the portal's settings, overridden by --database and --connection.</summary>
internal static class CliDatabase
{
    public static ServiceProvider Services(CliOptions options) =>
        new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddTechBridgeCore(Settings(options))
            .BuildServiceProvider();

    /// <summary>Relative paths are taken from the working directory; the default data directory does not depend on it.</summary>
    public static DatabaseSettings Settings(CliOptions options)
    {
        var provider = options["database"];
        if (provider is not null and not ("sqlite" or "postgres"))
        {
            throw new CliUsageException($"--database must be 'sqlite' or 'postgres', not '{provider}'.");
        }

        var overrides = new Dictionary<string, string?>();
        if (provider is not null)
        {
            overrides["Database:Provider"] = provider;
        }

        if (options["connection"] is { } connection)
        {
            overrides[provider == "postgres" ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = connection;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        return DatabaseSettings.From(configuration, Directory.GetCurrentDirectory());
    }
}
