using Npgsql;

namespace TechBridge.Testing;

/// <summary>
/// A fresh, empty database for one test fixture: a temporary SQLite file, or a new database in the
/// PostgreSQL cluster that scripts/test.sh starts (TECHBRIDGE_TEST_POSTGRES). A missing cluster fails
/// the test loudly instead of skipping it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? postgresName;

    private TestDatabase(string provider, string connectionString, string dataDirectory, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        this.postgresName = postgresName;
    }

    /// <summary>A fresh folder of this database's own for the app's data files (SQLite file, index snapshot).</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// The settings that point a host at this database and data folder. Give them to the host with
    /// <c>IWebHostBuilder.UseSetting</c>: Program reads them while it registers services, before configuration added
    /// through <c>ConfigureAppConfiguration</c> on a WebApplicationFactory becomes visible.
    /// </summary>
    public IReadOnlyDictionary<string, string> HostSettings() => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider,
        [IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = ConnectionString,
        ["TechBridge:DataDirectory"] = DataDirectory,
    };

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "postgres";

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("TECHBRIDGE_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "TECHBRIDGE_TEST_POSTGRES is not set. Run the tests with ./scripts/test.sh, which starts a throw-away PostgreSQL cluster.");

    public static TestDatabase Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("techbridge-test-").FullName;
        return new TestDatabase("sqlite", $"Data Source={Path.Combine(directory, "techbridge.db")}", directory, null);
    }

    public static async Task<TestDatabase> PostgresAsync()
    {
        var name = "tb_" + Guid.NewGuid().ToString("N")[..16];
        var server = PostgresServer;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("postgres", builder.ConnectionString, Directory.CreateTempSubdirectory("techbridge-test-").FullName, name);
    }

    public static Task<TestDatabase> CreateAsync(string provider) =>
        provider == "postgres" ? PostgresAsync() : Task.FromResult(Sqlite());

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing host is removed with the temp folder later.
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
