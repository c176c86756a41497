using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Bench.Booking;
using TechBridge.Core.Data;
using TechBridge.Core.Matching;
using TechBridge.Matching.Search;

namespace TechBridge.Bench.Matching;

/// <summary>
/// Where a partner search's time goes, end to end: the real portal over a fresh database with the demo data, the demo
/// companies' needs as queries, timed at three layers — the engine alone (one BM25F search), the partner search service
/// in-process (every group, explanations, entity loading), and <c>POST /api/v1/matching/partners</c> over HTTP at one
/// client and at <c>--clients</c> concurrent clients.
/// With <c>--entities N</c> the database first grows to N partner documents (<see cref="PartnerScaleData"/>).
/// <c>partner-search [--provider sqlite|postgres] [--postgres "Host=…"] [--requests 400] [--clients 8] [--entities N]</c>
/// </summary>
public static class PartnerSearchLoadCommand
{
    /// <summary>At most this many needs serve as queries (a grown database holds thousands).</summary>
    private const int MaxNeeds = 200;

    /// <summary>Term budgets timed beside planning every term.</summary>
    private static readonly int[] TermBudgets = [64, 32];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: partner-search [--provider sqlite|postgres] [--postgres \"Host=…\"] [--requests N] [--clients N] [--entities N]");
            return 2;
        }

        var (provider, postgres, requests, clients, entities) = options.Value;
        await using var portal = await PortalHost.StartAsync(provider, postgres, requestLog: false);
        var index = portal.Services.GetRequiredService<PartnerIndex>();
        await index.Ready;
        if (entities > index.Engine.Index.Count)
        {
            await PartnerScaleData.GrowAsync(portal.Services, entities);
        }

        List<string> needs;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            needs = [.. (await db.TechnologyNeeds.AsNoTracking().Select(n => new { n.Id, n.Title, n.Description }).ToListAsync())
                .OrderBy(n => n.Id).Take(MaxNeeds).Select(n => $"{n.Title}\n{n.Description}")];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# partner search on {provider}: {index.Engine.Index.Count:N0} indexed documents, {needs.Count} needs as queries, {requests} requests per layer, {clients} clients; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        string Need(int i) => needs[i % needs.Count];

        // Warm-up: every layer once per need (JIT, caches, connection pools).
        var token = await portal.CompanyTokenAsync();
        using var client = BookingLoad.Client(portal.BaseAddress, token, clients);
        foreach (var need in needs)
        {
            index.Engine.Search(new SearchRequest(need) { Top = 15, Explain = true });
            await ServiceAsync(portal, need);
            (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = need })).EnsureSuccessStatusCode();
        }

        var engine = Time(requests, i => index.Engine.Search(new SearchRequest(Need(i)) { Top = 15, Explain = true }));
        var glossaryOnly = new MatchEngine(index.Engine.Index, index.Engine.Glossary);
        var withoutLexicon = Time(requests, i => glossaryOnly.Search(new SearchRequest(Need(i)) { Top = 15, Explain = true }));
        var unexpanded = Time(requests, i => index.Engine.Search(new SearchRequest(Need(i)) { Top = 15, Explain = true, Expand = false }));
        var budgets = TermBudgets.Select(k => (Terms: k,
            Latency: Time(requests, i => index.Engine.Search(new SearchRequest(Need(i)) { Top = 15, Explain = true, MaxTerms = k })),
            Overlap: needs.Average(n => Overlap(index.Engine, n, k)))).ToList();
        var terms = needs.Select(n => index.Engine.Planner.Plan(n, index.Engine.Glossary, null, index.Engine.Lexicon).Count).Order().ToList();
        var service = await TimeAsync(requests, 1, i => ServiceAsync(portal, Need(i)));
        var http1 = await TimeAsync(requests, 1, i => PostAsync(client, Need(i)));
        var watch = Stopwatch.StartNew();
        var httpN = await TimeAsync(requests * 2, clients, i => PostAsync(client, Need(i)));
        var rate = requests * 2 / watch.Elapsed.TotalSeconds;

        Console.WriteLine();
        Console.WriteLine("| layer | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("engine: the need's own words only (no glossary, no lexicon)", unexpanded));
        Console.WriteLine(Row("engine: + glossary", withoutLexicon));
        Console.WriteLine(Row("engine: + glossary + lexicon + loanwords (default), top 15, explained", engine));
        foreach (var (k, latency, overlap) in budgets)
        {
            Console.WriteLine(Row(string.Create(CultureInfo.InvariantCulture, $"engine: default, the {k} strongest terms (top 15 shares {overlap:P0} with all terms)"), latency));
        }

        Console.WriteLine(Row("PartnerSearch in-process: every group, explanations, entities", service));
        Console.WriteLine(Row("HTTP POST /api/v1/matching/partners, 1 client", http1));
        Console.WriteLine(Row($"HTTP POST, {clients} clients ({rate:N0} req/s)", httpN));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Query terms per need (default planning): median {terms[terms.Count / 2]}, max {terms[^1]}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratios: service ÷ engine p50 ×{service.P50 / engine.P50:0.0}, p95 ×{service.P95 / engine.P95:0.0}; HTTP (1 client) ÷ service p50 ×{http1.P50 / service.P50:0.0}, p95 ×{http1.P95 / service.P95:0.0}."));
        return 0;
    }

    /// <summary>The share of the top 15 of all planned terms that the strongest <paramref name="terms"/> also return.</summary>
    private static double Overlap(MatchEngine engine, string need, int terms)
    {
        var all = engine.Search(new SearchRequest(need) { Top = 15 }).Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var kept = engine.Search(new SearchRequest(need) { Top = 15, MaxTerms = terms }).Hits.Count(h => all.Contains(h.Id));
        return all.Count == 0 ? 1 : (double)kept / all.Count;
    }

    private static async Task ServiceAsync(PortalHost portal, string need)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PartnerSearch>().SearchAsync(new PartnerQuery(need));
    }

    private static async Task PostAsync(HttpClient client, string need)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = need });
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private static Latencies Time(int count, Action<int> action)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            action(i);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new Latencies(times);
    }

    private static async Task<Latencies> TimeAsync(int count, int parallel, Func<int, Task> action)
    {
        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var watch = Stopwatch.StartNew();
                await action(i);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        return new Latencies(times);
    }

    private static string Row(string name, Latencies latencies) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {latencies.P50:0.00} | {latencies.P95:0.00} | {latencies.P99:0.00} |");

    private static (string Provider, string Postgres, int Requests, int Clients, int Entities)? Parse(string[] args)
    {
        var provider = "sqlite";
        var postgres = Environment.GetEnvironmentVariable("TECHBRIDGE_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=postgres";
        var requests = 400;
        var clients = 8;
        var entities = 0;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--provider" when value is "sqlite" or "postgres":
                    provider = value;
                    break;
                case "--postgres" when value is not null:
                    postgres = value;
                    break;
                case "--requests" when int.TryParse(value, CultureInfo.InvariantCulture, out var r) && r > 0:
                    requests = r;
                    break;
                case "--clients" when int.TryParse(value, CultureInfo.InvariantCulture, out var c) && c > 0:
                    clients = c;
                    break;
                case "--entities" when int.TryParse(value, CultureInfo.InvariantCulture, out var e) && e > 0:
                    entities = e;
                    break;
                default:
                    return null;
            }

            i++;
        }

        return (provider, postgres, requests, clients, entities);
    }
}
