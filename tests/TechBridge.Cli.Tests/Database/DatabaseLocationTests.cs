using Microsoft.Extensions.Configuration;
using Npgsql;
using TechBridge.Cli.Database;
using TechBridge.Core.Data;

namespace TechBridge.Cli.Tests.Database;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void Settings_PortalAndCliStartedFromDifferentDirectories_OpenTheSameSqliteFile()
    {
        // The portal as `dotnet run --project src/TechBridge.Web` starts it: its appsettings.json, its project folder.
        var web = Path.Combine(RepositoryRoot.Path, "src", "TechBridge.Web");
        var portalConfiguration = new ConfigurationBuilder().AddJsonFile(Path.Combine(web, "appsettings.json")).AddEnvironmentVariables().Build();
        var portal = DatabaseSettings.From(portalConfiguration, web);

        var cli = DatabaseSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build(), RepositoryRoot.Path);
        var cliFromCurrentDirectory = CliDatabase.Settings(CliOptions.Parse([], CliCommands.Find("migrate")!));

        Assert.Equal(DatabaseProvider.Sqlite, portal.Provider);
        Assert.Equal(portal.ConnectionString, cli.ConnectionString);
        Assert.Equal(portal.ConnectionString, cliFromCurrentDirectory.ConnectionString);
        Assert.Equal(portal.DataDirectory, cli.DataDirectory);
    }

    [Fact]
    public void Settings_NoDataDirectoryConfigured_UsesThePerUserDataDirectory()
    {
        var settings = DatabaseSettings.From(new ConfigurationBuilder().Build(), Path.GetTempPath());

        Assert.Equal(DataDirectories.Default(), settings.DataDirectory);
        Assert.Equal($"SQLite {Path.Combine(DataDirectories.Default(), "techbridge.db")}", settings.Describe());
    }

    [Fact]
    public void Settings_DataDirectoryConfigured_IsStillHonoured()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tb-data-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TechBridge:DataDirectory"] = directory }).Build();

        var settings = DatabaseSettings.From(configuration, RepositoryRoot.Path);

        Assert.Equal(directory, settings.DataDirectory);
        Assert.Equal($"Data Source={Path.Combine(directory, "techbridge.db")}", settings.ConnectionString);
    }

    [Fact]
    public async Task Migrate_Sqlite_PrintsTheFileItWroteTo()
    {
        await using var database = TestDatabase.Sqlite();
        var output = new StringWriter();

        var exit = await CliApplication.RunAsync(
            ["migrate", "--database", "sqlite", "--connection", database.ConnectionString], new StringReader(""), output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains($"SQLite {Path.Combine(database.DataDirectory, "techbridge.db")}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_Postgres_PrintsHostAndDatabaseButNoPassword()
    {
        await using var database = await TestDatabase.PostgresAsync();
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "never-printed-secret" };
        var output = new StringWriter();

        var exit = await CliApplication.RunAsync(
            ["create-admin", "--email", "pg-ops@example.kr", "--name", "운영", "--database", "postgres", "--connection", builder.ConnectionString],
            new StringReader("Strong-passphrase-2026\n"), output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains($"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("never-printed-secret", output.ToString(), StringComparison.Ordinal);
    }
}
