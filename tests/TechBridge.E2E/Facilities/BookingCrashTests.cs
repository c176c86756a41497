using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TechBridge.Core;
using TechBridge.Core.Accounts.ApiTokens;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using Xunit.Abstractions;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// The portal as a separate OS process, killed (SIGKILL) in the middle of a booking load and started again on the same
/// database: no two active reservations of one item overlap, every reservation the client was told about (201) is still
/// there, the portal books again, and an Idempotency-Key given before the crash still answers with its reservation.
/// </summary>
public sealed class BookingCrashTests(ITestOutputHelper output)
{
    private const string CompanyEmail = "company@demo.techbridge.kr";
    private const int Workers = 16;
    private const int EquipmentCount = 4;
    private static readonly string[] ActiveStatuses = ["Held", "Requested", "Confirmed", "CheckedIn"];

    /// <summary>
    /// How long a start (migrations and the demo data, about 80 s on an idle 2-core machine) may take before the test gives up;
    /// generous because the suite runs other test projects beside it (one start on PostgreSQL took over 5 minutes then).
    /// </summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task KilledDuringBookingLoad_RestartsWithoutOverlapOrLostAcknowledgedReservations(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        PortalProcess? portal = null;
        ServiceProvider? services = null;
        try
        {
            var port = FreePort();
            portal = PortalProcess.Start(database, port, output);
            await portal.WaitUntilReadyAsync(ReadyTimeout);

            services = CoreServices(database);
            var token = await CompanyTokenAsync(services);
            var equipment = await BookableEquipmentAsync(services);

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(60),
            };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            // The load: 16 workers booking random, overlapping slots until the process is killed under them.
            var acknowledged = new ConcurrentBag<Booking>();
            var conflicts = 0;
            var rejected = 0;
            var failures = 0;
            var otherStatuses = new ConcurrentDictionary<HttpStatusCode, int>();
            using var stop = new CancellationTokenSource();
            var horizonStart = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(1);
            var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                var random = new Random(worker * 7919 + 17);
                while (!stop.IsCancellationRequested)
                {
                    var booking = RandomBooking(random, equipment, horizonStart);
                    try
                    {
                        using var response = await PostAsync(client, booking, CancellationToken.None);
                        switch (response.StatusCode)
                        {
                            case HttpStatusCode.Created:
                                var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                                acknowledged.Add(booking with { Id = id });
                                break;
                            case HttpStatusCode.Conflict:
                                Interlocked.Increment(ref conflicts);
                                break;
                            default:
                                Interlocked.Increment(ref rejected);
                                otherStatuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                                break;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or JsonException)
                    {
                        // The process died under this request (or its response): not acknowledged, so nothing is promised.
                        Interlocked.Increment(ref failures);
                        if (!stop.IsCancellationRequested)
                        {
                            await Task.Delay(50);
                        }
                    }
                }
            })).ToList();

            // At least 3 s of load, and (on a slow machine) until 20 bookings were acknowledged, then SIGKILL mid-flight.
            var loadClock = Stopwatch.StartNew();
            while (loadClock.Elapsed < TimeSpan.FromSeconds(3) || (acknowledged.Count < 20 && loadClock.Elapsed < TimeSpan.FromSeconds(60)))
            {
                await Task.Delay(100);
            }

            var acknowledgedBeforeKill = acknowledged.Count;
            portal.Kill();
            await Task.Delay(500);
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            var acks = acknowledged.ToList();
            output.WriteLine(
                $"[{provider}] load {loadClock.Elapsed.TotalSeconds:F1} s: acknowledged {acks.Count} ({acknowledgedBeforeKill} before kill), " +
                $"conflicts {conflicts}, other answers {rejected} ({string.Join(", ", otherStatuses.Select(s => $"{(int)s.Key}×{s.Value}"))}), " +
                $"failures (in flight / refused) {failures}");
            Assert.NotEmpty(acks);
            Assert.Equal(acks.Count, acks.Select(a => a.Id).Distinct().Count());

            // Restart on the same database and data folder.
            portal.Dispose();
            portal = PortalProcess.Start(database, port, output);
            await portal.WaitUntilReadyAsync(ReadyTimeout);

            // Every acknowledged reservation survived, still active, as booked.
            var ids = acks.Select(a => a.Id).ToList();
            var stored = await QueryAsync(services, db => db.Reservations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync());
            var lost = ids.Except(stored.Select(r => r.Id)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged reservations lost: {string.Join(", ", lost.Take(10))}");
            foreach (var reservation in stored)
            {
                var ack = acks.Single(a => a.Id == reservation.Id);
                Assert.Contains(reservation.Status.ToString(), ActiveStatuses);
                Assert.Equal((ack.EquipmentId, ack.Start, ack.End), (reservation.EquipmentId, reservation.Start, reservation.End));
            }

            // No overlap among active reservations of one item: by SQL (self-join) and, independently, in memory.
            var overlapsBySql = await OverlapCountAsync(services);
            var active = await QueryAsync(services, db => db.Reservations.AsNoTracking()
                .Where(r => equipment.Contains(r.EquipmentId))
                .Select(r => new { r.Id, r.EquipmentId, r.Start, r.End, r.Status }).ToListAsync());
            active = [.. active.Where(r => ActiveStatuses.Contains(r.Status.ToString()))];
            var overlapsInMemory = active.GroupBy(r => r.EquipmentId)
                .Sum(g => g.OrderBy(r => r.Start).Zip(g.OrderBy(r => r.Start).Skip(1)).Count(p => p.Second.Start < p.First.End));
            output.WriteLine($"[{provider}] after restart: {active.Count} active reservations stored, {stored.Count}/{acks.Count} acknowledged found, " +
                             $"overlaps (SQL) {overlapsBySql}, overlaps (in memory, adjacent) {overlapsInMemory}");
            Assert.Equal(0, overlapsBySql);
            Assert.Equal(0, overlapsInMemory);

            // The restarted portal books: one new slot per item, beyond anything the load asked for.
            var after = horizonStart.AddDays(40);
            for (var i = 0; i < equipment.Count; i++)
            {
                var booking = new Booking(equipment[i], after.AddHours(i * 5), after.AddHours(i * 5 + 2), "재시작 후 예약", Guid.NewGuid().ToString("N"));
                using var response = await PostAsync(client, booking, CancellationToken.None);
                Assert.True(response.StatusCode == HttpStatusCode.Created,
                    $"booking after restart: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            // An acknowledged request replayed with its Idempotency-Key answers with the same reservation.
            var replay = acks.OrderBy(a => a.Start).First();
            using (var response = await PostAsync(client, replay, CancellationToken.None))
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"replay: {(int)response.StatusCode} {body}");
                Assert.Equal(replay.Id, JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
                Assert.True(response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"));
            }
        }
        finally
        {
            portal?.Dispose();
            if (services is not null)
            {
                await services.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            await database.DisposeAsync();
        }
    }

    private sealed record Booking(Guid EquipmentId, DateTimeOffset Start, DateTimeOffset End, string Purpose, string Key)
    {
        public Guid Id { get; init; }
    }

    private static Booking RandomBooking(Random random, List<Guid> equipment, DateTimeOffset horizonStart)
    {
        // Most slots fall in the first two days, so requests for one item collide often; the rest anywhere in 30 days.
        var start = horizonStart.AddHours(random.Next(0, random.Next(5) == 0 ? 30 * 24 : 48));
        return new Booking(equipment[random.Next(equipment.Count)], start, start.AddHours(random.Next(1, 4)), "충돌 시험 예약", Guid.NewGuid().ToString("N"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Booking booking, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(new
        {
            start = booking.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            end = booking.End.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            purpose = booking.Purpose,
        });
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/facilities/equipment/{booking.EquipmentId}/reservations")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", booking.Key);
        return client.SendAsync(request, ct);
    }

    private static ServiceProvider CoreServices(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddTechBridgeCore(new DatabaseSettings(
            database.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, database.ConnectionString, database.DataDirectory)).AddLogging();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<T> QueryAsync<T>(ServiceProvider services, Func<TechBridgeDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>());
    }

    /// <summary>An API token (read, write) of the demo company user, made in the database the portal uses.</summary>
    private static async Task<string> CompanyTokenAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var normalized = CompanyEmail.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == normalized);
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
            .CreateAsync(user.Id, new NewApiToken("crash-test load", [ApiTokenScopes.Read, ApiTokenScopes.Write], 30));
        return created.Token;
    }

    /// <summary>Equipment at a demo center, bookable around the clock every day, without approval or lead time.</summary>
    private static async Task<List<Guid>> BookableEquipmentAsync(ServiceProvider services)
    {
        var center = await QueryAsync(services, db => db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.EquipmentCenter).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var rules = new BookingRules
        {
            Days = OperatingDays.All, OpensAtMinute = 0, ClosesAtMinute = 1440, LeadHours = 0, MinHours = 1, MaxHours = 24, RequiresApproval = false,
        };
        var ids = new List<Guid>();
        for (var i = 1; i <= EquipmentCount; i++)
        {
            await using var scope = services.CreateAsyncScope();
            ids.Add(await scope.ServiceProvider.GetRequiredService<EquipmentService>().CreateAsync(new EquipmentInput(
                center, $"충돌 시험 장비 {i}", $"Crash test instrument {i}", "MATERIALS", 2, 6, "충돌 복구 시험용 장비입니다.",
                Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse], Fields: ["CORE_MATERIALS"], Rules: rules)));
        }

        return ids;
    }

    private static async Task<long> OverlapCountAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*) FROM "Reservations" a JOIN "Reservations" b ON a."EquipmentId" = b."EquipmentId"
                WHERE a."Status" IN ('Held', 'Requested', 'Confirmed', 'CheckedIn') AND b."Status" IN ('Held', 'Requested', 'Confirmed', 'CheckedIn')
                  AND a."Start" < b."End" AND b."Start" < a."End" AND a."Id" < b."Id"
                """;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary><c>dotnet TechBridge.Web.dll</c> in the Testing environment, on one database, data folder and port.</summary>
    private sealed class PortalProcess : IDisposable
    {
        private readonly Process process;
        private readonly ConcurrentQueue<string> tail = new();
        private readonly int port;

        private PortalProcess(Process process, int port)
        {
            this.process = process;
            this.port = port;
        }

        public static PortalProcess Start(TestDatabase database, int port, ITestOutputHelper output)
        {
            var dll = typeof(Program).Assembly.Location;
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            foreach (var (key, value) in database.HostSettings().Concat(TestRateLimits.Unthrottled))
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            var process = new Process { StartInfo = start };
            var portal = new PortalProcess(process, port);
            process.OutputDataReceived += (_, e) => portal.Keep(e.Data);
            process.ErrorDataReceived += (_, e) => portal.Keep(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            output.WriteLine($"started portal pid {process.Id} on port {port} ({database.Provider})");
            return portal;
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            tail.Enqueue(line);
            while (tail.Count > 60 && tail.TryDequeue(out _))
            {
            }
        }

        public async Task WaitUntilReadyAsync(TimeSpan timeout)
        {
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < timeout)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The portal exited with {process.ExitCode}:\n{string.Join('\n', tail)}");
                }

                try
                {
                    using var response = await probe.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"The portal did not answer GET / with 200 within {timeout}:\n{string.Join('\n', tail)}");
        }

        /// <summary>SIGKILL on Linux: no shutdown, no flushing, no disposal.</summary>
        public void Kill()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(30_000);
        }

        public void Dispose()
        {
            try
            {
                Kill();
            }
            catch (InvalidOperationException)
            {
                // Never started or already gone.
            }

            process.Dispose();
        }
    }
}
