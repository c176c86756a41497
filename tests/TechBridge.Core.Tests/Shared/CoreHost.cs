using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;

namespace TechBridge.Core.Tests.Shared;

/// <summary>
/// Core's services over a fresh test database (SQLite or PostgreSQL), built the way the hosts build them.
/// Register replacements (an <see cref="Core.Shared.Audit.IAuditActor"/>, a <see cref="TimeProvider"/>) in
/// <c>configure</c>: it runs before AddTechBridgeCore, whose registrations of those services are TryAdd.
/// </summary>
public sealed class CoreHost : IAsyncDisposable
{
    private CoreHost(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public bool IsPostgres => Database.IsPostgres;

    public static async Task<CoreHost> StartAsync(string provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddTechBridgeCore(Settings(database)).AddLogging();
        return new CoreHost(database, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    /// <summary>A host whose database is migrated and holds the reference data (and, if asked, the demo data).</summary>
    public static async Task<CoreHost> StartInitializedAsync(string provider, bool demoData = false, Action<IServiceCollection>? configure = null)
    {
        var host = await StartAsync(provider, configure);
        try
        {
            await host.RunAsync<DatabaseInitializer>(initializer => initializer.InitializeAsync(demoData));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A host whose database has the latest schema and nothing else (no reference data).</summary>
    public static async Task<CoreHost> StartMigratedAsync(string provider, Action<IServiceCollection>? configure = null)
    {
        var host = await StartAsync(provider, configure);
        try
        {
            await host.RunAsync<TechBridgeDbContext>(db => db.Database.MigrateAsync());
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public static DatabaseSettings Settings(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsPostgres)
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, database.ConnectionString, Path.GetTempPath());
        }

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return new DatabaseSettings(DatabaseProvider.Sqlite, database.ConnectionString, Path.GetDirectoryName(file)!);
    }

    /// <summary>Runs <paramref name="action"/> with a service from a new scope (a new DbContext).</summary>
    public async Task RunAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs <paramref name="action"/> with a service from a new scope (a new DbContext) and returns its result.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Reads from a fresh DbContext, so nothing comes from an earlier context's change tracker.</summary>
    public Task<TResult> QueryAsync<TResult>(Func<TechBridgeDbContext, Task<TResult>> query) => RunAsync(query);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
