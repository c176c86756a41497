using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace TechBridge.Bench.Booking;

/// <summary>
/// Booking throughput over real HTTP: the portal on Kestrel over a fresh database, N clients booking for S seconds, the
/// overlap check, the raw INSERT rate of the same rows on the same database, and availability search latency. Prints a
/// Markdown table for docs/benchmarks.md.
/// </summary>
public static class BookingCommand
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    public sealed record Options(
        string Provider, int Clients, int Seconds, int Items, int RawSeconds, int SearchRequests, int SearchClients, string PostgresServer, bool RequestLog)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }

            int Int(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            var provider = Value("--provider", "postgres");
            if (provider is not ("postgres" or "sqlite"))
            {
                throw new ArgumentException("--provider is postgres or sqlite");
            }

            return new Options(provider, Int("--clients", 64), Int("--seconds", 20), Int("--items", 3000), Int("--raw-seconds", 5),
                Int("--search-requests", 500), Int("--search-clients", 16),
                Value("--postgres", Environment.GetEnvironmentVariable("TECHBRIDGE_BENCH_POSTGRES") ?? DefaultPostgres), args.Contains("--request-log"));
        }
    }

    public static async Task<int> RunAsync(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var total = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# booking on {options.Provider}: {options.Clients} clients × {options.Seconds} s, {options.Items:N0} items; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GB, {RuntimeInformation.OSDescription}, "
                          + $"{RuntimeInformation.FrameworkDescription} {RuntimeInformation.OSArchitecture}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; load average {LoadAverage()}");
        using var counter = new DbCommandCounter();
        await using var portal = await PortalHost.StartAsync(options.Provider, options.PostgresServer, options.RequestLog);
        var probe = new DatabaseProbe(options.Provider, portal.ConnectionString);
        Console.WriteLine($"# database: {probe.Describe()}");
        var items = await portal.PrepareEquipmentAsync(options.Items);
        var token = await portal.CompanyTokenAsync();
        using var client = BookingLoad.Client(portal.BaseAddress, token, options.Clients);
        var now = DateTimeOffset.UtcNow;
        var firstHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(2);
        var load = new BookingLoad(client, items, firstHour);
        Console.WriteLine($"# portal at {portal.BaseAddress} ready after {total.Elapsed.TotalSeconds:0.0} s (migrations, demo data, matching index); {portal.DataDirectory}");

        // Warm-up (JIT with its tiering to optimised code, connection pools, query caches): 10 s of the same load, not counted.
        var warm = await load.RunAsync(options.Clients, TimeSpan.FromSeconds(10), seed: 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# warm-up: {warm.Created} created, {warm.Conflicts} conflicts, {warm.Errors} errors"));
        foreach (var sample in warm.ErrorSamples)
        {
            Console.WriteLine("#   error: " + sample);
        }

        var before = counter.Snapshot();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var machineBefore = MachineCpu();
        using var stopSampling = new CancellationTokenSource();
        var sampling = probe.SampleBackendsAsync(stopSampling.Token);
        var booking = await load.RunAsync(options.Clients, TimeSpan.FromSeconds(options.Seconds), seed: 100);
        await stopSampling.CancelAsync();
        var backends = await sampling;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var gcAfter = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var machineAfter = MachineCpu();
        var machineBusy = (machineAfter.Busy - machineBefore.Busy) / (double)Math.Max(1, machineAfter.Total - machineBefore.Total);
        var after = counter.Snapshot();
        var requests = booking.Created + booking.Conflicts + booking.Errors;
        var loadAfterBooking = LoadAverage();
        foreach (var sample in booking.ErrorSamples)
        {
            Console.WriteLine("#   error: " + sample);
        }

        var (pendingMail, mailWait) = probe.WaitForOutbox(TimeSpan.FromSeconds(20));
        var (overlaps, active) = probe.CountOverlaps();
        var (columns, template) = probe.CreateScratchTable();
        var raw = probe.InsertRaw(columns, template, items, options.Clients, TimeSpan.FromSeconds(options.RawSeconds));
        var (rawOverlaps, _) = probe.CountOverlaps(DatabaseProbe.ScratchTable);

        var searchBefore = counter.Snapshot();
        var sequential = await BookingLoad.AvailabilityAsync(client, items, firstHour, 1, options.SearchRequests, seed: 7);
        var searchAfter = counter.Snapshot();
        var concurrent = await BookingLoad.AvailabilityAsync(client, items, firstHour, options.SearchClients, options.SearchRequests * 4, seed: 8);

        string F(double v, string format = "N0") => v.ToString(format, CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine("| provider | bookings/s (201) | 409/s | errors | booking p50 / p95 / p99 ms | overlaps | raw INSERT rows/s (same DB, same clients) | raw p50 / p95 ms | bookings ÷ raw | availability p50 / p95 ms (1 client) | availability p50 / p95 ms, req/s (16 clients) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {options.Provider} | {F(booking.CreatedPerSecond)} | {F(booking.Conflicts / booking.Elapsed.TotalSeconds)} | {booking.Errors} | {booking.All.Summary()} | {overlaps} | {F(raw.RowsPerSecond)} | {raw.Latencies.P50:0.0} / {raw.Latencies.P95:0.0} | {booking.CreatedPerSecond / raw.RowsPerSecond:0.000} (×{raw.RowsPerSecond / booking.CreatedPerSecond:0.0} slower) | {sequential.Latencies.P50:0.0} / {sequential.Latencies.P95:0.0} | {concurrent.Latencies.P50:0.0} / {concurrent.Latencies.P95:0.0}, {F(concurrent.Latencies.Count / concurrent.Elapsed.TotalSeconds)} |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Booking: {requests:N0} requests in {booking.Elapsed.TotalSeconds:0.0} s ({booking.RequestsPerSecond:N0} req/s): {booking.Created:N0} × 201, {booking.Conflicts:N0} × 409 ({100.0 * booking.Conflicts / requests:0.0}%), {booking.Errors} other; 201-only p50/p95/p99 {booking.Created201.Summary()} ms, max {booking.All.Max:0} ms."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Overlap check (self-join of active reservations): {overlaps} overlapping pairs among {active:N0} active reservations; scratch table {rawOverlaps}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"E-mail outbox after the booking run: drained in {mailWait.TotalSeconds:0.0} s after the last request ({pendingMail} still pending)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Portal SQL during the booking run: {(after.Commands - before.Commands) / (double)requests:0.0} commands per request, {(after.Time - before.Time).TotalMilliseconds / requests:0.00} ms of command time per request (EF-measured; includes the e-mail dispatcher working in the background); machine CPU {machineBusy * 100:0}% busy (all {Environment.ProcessorCount} cores, every process); bench process CPU {cpu.TotalSeconds / booking.Elapsed.TotalSeconds * 100:0}% of one core ({cpu.TotalMilliseconds / requests:0.00} ms CPU per request, client + portal); allocated {allocated / 1024.0 / requests:N0} KB per request, {gcAfter.Item1 - gcBefore.Item1} GCs ({gcAfter.Item2 - gcBefore.Item2} gen-2), GC pauses {(gcAfter.Item3 - gcBefore.Item3).TotalMilliseconds / booking.Elapsed.TotalMilliseconds * 100:0.0}% of the run; load average after {loadAfterBooking}."));
        if (backends.Count > 0)
        {
            Console.WriteLine("PostgreSQL backends of this database during the booking run (pg_stat_activity every 200 ms, non-idle): "
                              + string.Join(", ", backends.Take(8).Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.What} {b.Share * 100:0}%"))) + ".");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Raw INSERT: {raw.Rows:N0} rows in {raw.Elapsed.TotalSeconds:0.0} s on {options.Clients} connections, autocommit; p99 {raw.Latencies.P99:0.0} ms. Ratio raw ÷ booking ×{raw.RowsPerSecond / booking.CreatedPerSecond:0.0}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Availability (30 days, random item of {items.Count:N0}): 1 client {sequential.Latencies.Count} requests p50/p95/p99 {sequential.Latencies.Summary()} ms ({(searchAfter.Commands - searchBefore.Commands) / (double)sequential.Latencies.Count:0.0} SQL commands each), errors {sequential.Errors}; {options.SearchClients} clients {concurrent.Latencies.Count} requests p50/p95/p99 {concurrent.Latencies.Summary()} ms, {concurrent.Latencies.Count / concurrent.Elapsed.TotalSeconds:N0} req/s, errors {concurrent.Errors}."));
        Console.WriteLine($"Load average at the end: {LoadAverage()}; total run {total.Elapsed.TotalSeconds:0} s.");
        return booking.Errors == 0 && overlaps == 0 && sequential.Errors == 0 && concurrent.Errors == 0 ? 0 : 1;
    }

    /// <summary>Busy and total jiffies of all CPUs (/proc/stat), or zeros where there is none.</summary>
    private static (long Busy, long Total) MachineCpu()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4]; // idle + iowait
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
