using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Bench.Booking;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Bench.Availability;

/// <summary>
/// The availability search across equipment over the demo catalogue (3,000+ items, a year of demo reservations) for a
/// one-month window: single-query latency of <see cref="AvailabilitySearch"/> in-process and over HTTP, against the naive
/// alternative in the same run (the per-item <see cref="ReservationQueries.AvailabilityAsync"/> for every candidate, then
/// the same slot sweep), whose answers must be the same. Prints a Markdown table for docs/benchmarks.md.
/// </summary>
public static class AvailabilitySearchCommand
{
    public sealed record Options(string Provider, int Queries, int NaiveRuns, string PostgresServer)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }

            var provider = Value("--provider", "postgres");
            if (provider is not ("postgres" or "sqlite"))
            {
                throw new ArgumentException("--provider is postgres or sqlite");
            }

            return new Options(provider, int.Parse(Value("--queries", "200"), CultureInfo.InvariantCulture),
                int.Parse(Value("--naive-runs", "5"), CultureInfo.InvariantCulture),
                Value("--postgres", Environment.GetEnvironmentVariable("TECHBRIDGE_BENCH_POSTGRES") ?? BookingCommand.DefaultPostgres));
        }
    }

    /// <summary>The searches measured: everything bookable (the 3,000-item case), and the issue's example.</summary>
    private static readonly (string Name, string? Query, string? Industry, int? Hours, int? Days)[] Cases =
    [
        ("all items, 2 h", null, null, 2, null),
        ("all items, 2 days", null, null, null, 2),
        ("\"XRD\" in MATERIALS, 2 days", "XRD", "MATERIALS", null, 2),
    ];

    public static async Task<int> RunAsync(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var total = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# availability-search on {options.Provider}: {options.Queries} queries per case, {options.NaiveRuns} naive runs; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average {LoadAverage()}");
        using var counter = new DbCommandCounter();
        await using var portal = await PortalHost.StartAsync(options.Provider, options.PostgresServer, requestLog: false);
        var token = await portal.CompanyTokenAsync();
        using var client = BookingLoad.Client(portal.BaseAddress, token, 1);
        var today = DateOnly.FromDateTime(Kst.ToKst(DateTimeOffset.UtcNow).DateTime);
        var from = OperatingCalendar.DayStart(today.AddDays(1));
        var to = from.AddDays(30);
        var (items, bookable, reservations) = await CountsAsync(portal, from, to);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# portal ready after {total.Elapsed.TotalSeconds:0.0} s: {items:N0} items, {bookable:N0} bookable, {reservations:N0} active reservations in the window {from:yyyy-MM-dd} – {to:yyyy-MM-dd} KST"));

        Console.WriteLine();
        Console.WriteLine("| provider | case | candidates | found | search p50 / p95 ms (in-process) | CPU ms / query | SQL commands | search p50 / p95 ms (HTTP) | naive p50 / p95 ms | naive CPU ms | naive SQL commands | naive ÷ search (p50) | same answers |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var failures = 0;
        foreach (var c in Cases)
        {
            var input = new AvailabilitySearchInput(c.Query, c.Industry, null, from, to, c.Hours, c.Days, AvailabilitySearch.MaxLimit);
            await SearchOnceAsync(portal, input); // warm-up: JIT, query compilation, pools
            var before = counter.Snapshot();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var search = new List<double>();
            for (var i = 0; i < options.Queries; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await SearchOnceAsync(portal, input);
                search.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var searchCommands = (counter.Snapshot().Commands - before.Commands) / (double)options.Queries;
            var searchCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / options.Queries;
            var http = new List<double>();
            var url = HttpQuery(input);
            for (var i = 0; i < options.Queries; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                http.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }

            await NaiveOnceAsync(portal, input); // warm-up
            before = counter.Snapshot();
            cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var naive = new List<double>();
            IReadOnlyList<AvailableSlot> naiveAnswer = [];
            for (var i = 0; i < options.NaiveRuns; i++)
            {
                var started = Stopwatch.GetTimestamp();
                naiveAnswer = await NaiveOnceAsync(portal, input);
                naive.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var naiveCommands = (counter.Snapshot().Commands - before.Commands) / (double)options.NaiveRuns;
            var naiveCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / options.NaiveRuns;
            var check = await SearchOnceAsync(portal, input); // right after, so "now + lead time" is the same hour
            var same = check.Items.Select(s => (s.EquipmentId, s.Start, s.End)).SequenceEqual(naiveAnswer.Select(s => (s.EquipmentId, s.Start, s.End)));
            failures += same ? 0 : 1;
            var (s, h, n) = (new Latencies(search), new Latencies(http), new Latencies(naive));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {options.Provider} | {c.Name} | {check.Candidates:N0} | {check.Items.Count} | {s.P50:0.0} / {s.P95:0.0} | {searchCpu:0.0} | {searchCommands:0.0} | {h.P50:0.0} / {h.P95:0.0} | {n.P50:N0} / {n.P95:N0} | {naiveCpu:N0} | {naiveCommands:N0} | ×{n.P50 / s.P50:N0} | {(same ? "yes" : "NO")} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Window {from:yyyy-MM-dd HH:mm zzz} – {to:yyyy-MM-dd HH:mm zzz}, limit {AvailabilitySearch.MaxLimit}; load average at the end {LoadAverage()}; total run {total.Elapsed.TotalSeconds:0} s.");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<AvailabilitySearchResult> SearchOnceAsync(PortalHost portal, AvailabilitySearchInput input)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AvailabilitySearch>().SearchAsync(input);
    }

    /// <summary>
    /// What a caller without the search would do: list the candidates, ask each item's availability (its own query for the
    /// item, its reservations and its blackouts), sweep its busy periods the same way, sort, cut.
    /// </summary>
    private static async Task<IReadOnlyList<AvailableSlot>> NaiveOnceAsync(PortalHost portal, AvailabilitySearchInput input)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var queries = scope.ServiceProvider.GetRequiredService<ReservationQueries>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        // The same candidates (the catalogue's filter, bookable statuses) as the search.
        var query = EquipmentQueries.Apply(db.Equipment.AsNoTracking(), new EquipmentFilter(input.Query, input.Center, input.Industry))
            .Where(e => e.Status == EquipmentStatus.Available || e.Status == EquipmentStatus.Aged || e.Status == EquipmentStatus.DisposalCandidate);
        var candidates = await query.Select(e => new { e.Id, e.NameKo, e.NameEn, e.CenterId, CenterKo = e.Center!.NameKo, CenterEn = e.Center.NameEn, e.IndustryCode })
            .ToListAsync();
        var now = time.GetUtcNow();
        var (from, to) = (input.From!.Value.ToUniversalTime(), input.To!.Value.ToUniversalTime());
        var slots = new List<AvailableSlot>();
        foreach (var e in candidates)
        {
            var availability = await queries.AvailabilityAsync(null, e.Id, from, to);
            var rules = availability.Rules;
            var busy = SlotFinder.Merge(availability.Busy.Select(b => new TimeInterval(b.Start.ToUniversalTime(), b.End.ToUniversalTime())));
            var earliest = CeilHour(now + TimeSpan.FromHours(rules.LeadHours));
            var latest = now + ReservationLimits.Horizon;
            var slot = input.Days is { } days
                ? SlotFinder.EarliestDays(rules, from, to, earliest, latest, days, busy)
                : SlotFinder.EarliestHours(rules, from, to, earliest, latest, TimeSpan.FromHours(input.Hours!.Value), busy);
            if (slot is { } s)
            {
                slots.Add(new AvailableSlot(e.Id, e.NameKo, e.NameEn, e.CenterId, e.CenterKo, e.CenterEn, e.IndustryCode, Kst.ToKst(s.Start), Kst.ToKst(s.End)));
            }
        }

        return [.. slots.OrderBy(s => s.Start).ThenBy(s => s.NameKo.Length == 0 ? s.NameEn : s.NameKo, StringComparer.Ordinal).ThenBy(s => s.EquipmentId)
            .Take(input.Limit ?? AvailabilitySearch.DefaultLimit)];
    }

    private static async Task<(int Items, int Bookable, int Reservations)> CountsAsync(PortalHost portal, DateTimeOffset from, DateTimeOffset to)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var (f, t) = (from.ToUniversalTime(), to.ToUniversalTime());
        return (await db.Equipment.CountAsync(),
            await db.Equipment.CountAsync(e => e.Status == EquipmentStatus.Available || e.Status == EquipmentStatus.Aged || e.Status == EquipmentStatus.DisposalCandidate),
            await db.Reservations.CountAsync(r => r.Start < t && f < r.End && ReservationStatuses.Active.Contains(r.Status)));
    }

    private static string HttpQuery(AvailabilitySearchInput input)
    {
        string Iso(DateTimeOffset value) => Uri.EscapeDataString(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        var length = input.Days is { } days ? $"days={days}" : $"hours={input.Hours}";
        return string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/facilities/availability?q={Uri.EscapeDataString(input.Query ?? "")}&industry={input.Industry}&from={Iso(input.From!.Value)}&to={Iso(input.To!.Value)}&{length}&limit={input.Limit}");
    }

    private static DateTimeOffset CeilHour(DateTimeOffset instant)
    {
        var rest = instant.Ticks % TimeSpan.TicksPerHour;
        return rest == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerHour - rest);
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
