using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace TechBridge.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which store to use: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (or <c>Database:Provider</c>
/// says so), otherwise an embedded SQLite file under the data directory (<see cref="DataDirectories.Default"/> unless
/// <c>TechBridge:DataDirectory</c> names another; a relative name is taken from <paramref name="baseDirectory"/>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseSettings From(IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[DataDirectories.SettingKey];
        var dataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DataDirectories.Default() : configured, baseDirectory);
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

    /// <summary>Which database this is, for people: provider and file, or provider, host and database (never a password).</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
            var port = postgres.Port == NpgsqlConnection.DefaultPort ? string.Empty : $":{postgres.Port}";
            return $"PostgreSQL {postgres.Host}{port}/{postgres.Database ?? postgres.Username}";
        }

        return $"SQLite {Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)}";
    }
}
