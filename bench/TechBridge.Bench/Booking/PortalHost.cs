using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;
using TechBridge.Core.Accounts;
using TechBridge.Core.Accounts.ApiTokens;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities;
using TechBridge.Web.Hosting;

namespace TechBridge.Bench.Booking;

/// <summary>
/// The real portal (the same composition root and pipeline as <c>src/TechBridge.Web/Program.cs</c>) on Kestrel at a free
/// loopback port, over a fresh database: a new PostgreSQL database in the given cluster, or a new SQLite file. Started in
/// the "Testing" environment, so the demo seeder loads its equipment (3,000+ items), accounts and a year of reservations.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string? postgresServer;
    private readonly string? postgresDatabase;

    private PortalHost(WebApplication app, string provider, string connectionString, string dataDirectory, string? postgresServer, string? postgresDatabase)
    {
        this.app = app;
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        this.postgresServer = postgresServer;
        this.postgresDatabase = postgresDatabase;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public string Provider { get; }

    public bool IsPostgres => Provider == "postgres";

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="requestLog">Keep the portal's per-request log line (JSON console); off by default so the benchmark's output stays readable.</param>
    public static async Task<PortalHost> StartAsync(string provider, string postgresServer, bool requestLog)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("techbridge-booking-bench-").FullName;
        string connectionString;
        string? database = null;
        if (provider == "postgres")
        {
            database = "tb_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(postgresServer))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            connectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = database }.ConnectionString;
        }
        else
        {
            connectionString = $"Data Source={Path.Combine(dataDirectory, "techbridge.db")}";
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ApplicationName = typeof(TechBridgeBuilderExtensions).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(RepositoryRoot(), "src", "TechBridge.Web"),
        });
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            [provider == "postgres" ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = connectionString,
            ["TechBridge:DataDirectory"] = dataDirectory,
            // One client address and one account send everything; the limits (sign-in, registration, search) do not apply
            // to booking or availability anyway, but nothing here should be throttled.
            ["RateLimits:Search:PerClient"] = "100000000",
            ["RateLimits:Search:PerAccount"] = "100000000",
            // No SMTP host: the e-mail dispatcher writes each notice as an .eml file under the data directory.
            ["Email:Host"] = string.Empty,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:TechBridge.Requests"] = requestLog ? "Information" : "Warning",
            // Every 409 decided by the exclusion constraint is also logged by EF Core as an error with the whole batch
            // (two long JSON lines per conflict); the benchmark counts conflicts itself.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = requestLog ? "Warning" : "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = requestLog ? "Warning" : "None",
        };
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddTechBridge();
        var app = builder.Build();
        app.UseTechBridge();
        await app.InitializeDatabaseAsync();
        await app.StartAsync();

        // The matching index builds itself from the fresh demo data in the background (a minute on 2 cores); a deployed
        // portal has long finished that, so the load starts after it rather than competing with it for the CPU.
        await app.Services.GetRequiredService<TechBridge.Core.Matching.PartnerIndex>().Started;
        return new PortalHost(app, provider, connectionString, dataDirectory, provider == "postgres" ? postgresServer : null, database);
    }

    /// <summary>
    /// Makes the first <paramref name="count"/> demo items (by id) bookable around the clock with no approval and no lead time,
    /// 1–24 h per booking, without blackouts; returns their ids.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> PrepareEquipmentAsync(int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var ids = await db.Equipment.OrderBy(e => e.Id).Select(e => e.Id).Take(count).ToListAsync();
        if (ids.Count < count)
        {
            throw new InvalidOperationException($"The demo seeder made {ids.Count} equipment items, fewer than {count}.");
        }

        foreach (var chunk in ids.Chunk(500))
        {
            await db.Equipment.Where(e => chunk.Contains(e.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EquipmentStatus.Available)
                .SetProperty(e => e.OpensAtMinute, 0).SetProperty(e => e.ClosesAtMinute, 1440)
                .SetProperty(e => e.OperatingDays, OperatingDays.All)
                .SetProperty(e => e.MinBookingHours, 1).SetProperty(e => e.MaxBookingHours, 24)
                .SetProperty(e => e.LeadHours, 0).SetProperty(e => e.CancelHours, 0)
                .SetProperty(e => e.RequiresApproval, false).SetProperty(e => e.RequiresTraining, false));
            await db.EquipmentBlackouts.Where(b => chunk.Contains(b.EquipmentId)).ExecuteDeleteAsync();
        }

        return ids;
    }

    /// <summary>A read+write API token of the demo company user (who belongs to a company, so may book).</summary>
    public async Task<string> CompanyTokenAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var email = UserAccount.Normalize(DemoAccounts.All.First(a => a.Roles.Contains(Roles.Company)).Email);
        var userId = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleAsync();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var created = await tokens.CreateAsync(userId, new NewApiToken("booking benchmark", [ApiTokenScopes.Read, ApiTokenScopes.Write], 30));
        return created.Token;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechBridge.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TechBridge.sln not found above " + AppContext.BaseDirectory);
    }
}
