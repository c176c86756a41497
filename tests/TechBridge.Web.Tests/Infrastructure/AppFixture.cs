namespace TechBridge.Web.Tests.Infrastructure;

/// <summary>One running app per provider, shared by the test classes of its collection.</summary>
public abstract class AppFixture(string provider) : IAsyncLifetime
{
    public string Provider { get; } = provider;

    public TechBridgeApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = new TechBridgeApp(await TestDatabase.CreateAsync(Provider));
        _ = App.Server; // starts the host: migrations, reference data, demo data
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }

    public HttpClient CreateClient() =>
        App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}

public sealed class SqliteAppFixture() : AppFixture("sqlite");

public sealed class PostgresAppFixture() : AppFixture("postgres");

[CollectionDefinition(Name)]
public sealed class OnSqlite : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "app on SQLite";
}

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresAppFixture>
{
    public const string Name = "app on PostgreSQL";
}
