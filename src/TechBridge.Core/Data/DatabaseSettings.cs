using Microsoft.Extensions.Configuration;

namespace TechBridge.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which store to use: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (or <c>Database:Provider</c>
/// says so), otherwise an embedded SQLite file under the data directory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.GetFullPath(configuration["TechBridge:DataDirectory"] ?? Path.Combine(contentRoot, "App_Data"), contentRoot);
        var postgres = configuration.GetConnectionString("Postgres");
        var requested = configuration["Database:Provider"];
        if (string.Equals(requested, "postgres", StringComparison.OrdinalIgnoreCase) || (requested is null && !string.IsNullOrWhiteSpace(postgres)))
        {
            if (string.IsNullOrWhiteSpace(postgres))
            {
                throw new InvalidOperationException("Database:Provider is 'postgres' but ConnectionStrings:Postgres is not set (e.g. ConnectionStrings__Postgres=\"Host=localhost;Database=techbridge;Username=…\").");
            }

            return new DatabaseSettings(DatabaseProvider.Postgres, postgres, dataDirectory);
        }

        var sqlite = configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(dataDirectory, "techbridge.db")}";
        return new DatabaseSettings(DatabaseProvider.Sqlite, sqlite, dataDirectory);
    }
}
