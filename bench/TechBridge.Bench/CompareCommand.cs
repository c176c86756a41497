using System.Diagnostics;
using System.Globalization;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Bench;

/// <summary>
/// One run, same machine, same corpus and queries: TechBridge (bilingual analyser), TechBridge over whitespace
/// tokens, SQLite FTS5 and Lucene.NET 4.8 (CJK bigrams for Korean, the English analyser for English, BM25). Prints build throughput, memory, single-thread latency p50/p95 for 1-, 3- and 8-term
/// queries, nDCG@10 and HitRate@1, and the ratios, as a Markdown table for docs/benchmarks.md.
/// </summary>
public static class CompareCommand
{
    /// <param name="engineOnly">Measure the bilingual TechBridge engine alone (a quick check; no baselines, no ratios).</param>
    public static void Run(int documents, int queriesPerLength, string workDirectory, bool engineOnly = false)
    {
        var corpus = new SyntheticCorpus();
        var lengths = new[] { 1, 3, 8 };
        var queries = lengths.ToDictionary(n => n, n => corpus.Queries(documents, queriesPerLength, n));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {documents:N0} documents, {queriesPerLength} queries per length, {DateTime.UtcNow:yyyy-MM-dd} UTC, {Environment.ProcessorCount} cores, {RuntimeInfo()}"));

        // Generated once, before any clock starts: build throughput is the engines' work, not the generator's.
        var corpusDocuments = corpus.Documents(documents).ToList();
        var rows = new List<string[]>();
        var bilingual = Measure("TechBridge (bilingual)", new BilingualAnalyzer(), corpusDocuments, queries, rows);
        if (engineOnly)
        {
            Console.WriteLine("| " + string.Join(" | ", rows[0]) + " |");
            return;
        }

        var whitespace = Measure("TechBridge (whitespace BM25)", new WhitespaceAnalyzer(), corpusDocuments, queries, rows);
        var fts = MeasureFts(corpusDocuments, queries, workDirectory, rows);
        // Title ×2 as a query boost (the schema's weight) and no boost: Lucene sums per-field BM25 scores, so a query
        // boost multiplies the whole title score, unlike TechBridge's BM25F weight on term frequency; both are shown.
        var lucene = MeasureLucene(corpusDocuments, queries, rows, titleBoost: 2f);
        var luceneFlat = MeasureLucene(corpusDocuments, queries, rows, titleBoost: 1f);

        Console.WriteLine();
        Console.WriteLine("| engine | build docs/s | memory MB | 1-term p50/p95 ms | 3-term p50/p95 ms | 8-term p50/p95 ms | nDCG@10 (3-term) | HitRate@1 (3-term) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratios (FTS5 / TechBridge bilingual): 3-term p50 ×{fts.P50[3] / bilingual.P50[3]:0.0}, p95 ×{fts.P95[3] / bilingual.P95[3]:0.0}; build ×{bilingual.DocsPerSecond / fts.DocsPerSecond:0.00} (TechBridge/FTS5 docs/s)."));
        LuceneRatios("title ×2", lucene, bilingual);
        LuceneRatios("title ×1", luceneFlat, bilingual);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Quality (3-term): nDCG@10 bilingual {bilingual.Ndcg:0.000} vs Lucene.NET {lucene.Ndcg:0.000} (title ×2) / {luceneFlat.Ndcg:0.000} (title ×1) vs FTS5 {fts.Ndcg:0.000} vs whitespace {whitespace.Ndcg:0.000}; HitRate@1 bilingual {bilingual.Hit1:0.000} vs Lucene.NET {lucene.Hit1:0.000} (title ×2) / {luceneFlat.Hit1:0.000} (title ×1) vs whitespace {whitespace.Hit1:0.000} ({(bilingual.Hit1 / Math.Max(whitespace.Hit1, 1e-9) - 1) * 100:+0;-0}%)."));
    }

    private sealed record Result(double DocsPerSecond, Dictionary<int, double> P50, Dictionary<int, double> P95, double Ndcg, double Hit1, double MemoryMb = 0);

    private static Result Measure(
        string name, IAnalyzer analyzer, List<SyntheticCorpus.Document> corpus, Dictionary<int, IReadOnlyList<SyntheticCorpus.Query>> queries, List<string[]> rows)
    {
        var documents = corpus.Count;
        Collect();
        var before = GC.GetTotalMemory(true);
        var index = new MatchIndex(new IndexSchema([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]), analyzer);
        var watch = Stopwatch.StartNew();
        // A fresh id string per document, so the index's own copy of the ids counts in its memory.
        index.AddRange(corpus.Select(d => new MatchDocument(new string(d.Id.AsSpan()), new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Body })));
        var buildSeconds = watch.Elapsed.TotalSeconds;
        Collect();
        var memoryMb = (GC.GetTotalMemory(true) - before) / 1048576.0;
        var engine = new MatchEngine(index);
        var (p50, p95, ndcg, hit1) = Latencies(queries, q => engine.Search(new SearchRequest(q) { Top = 10 }).Hits.Select(h => h.Id).ToList());
        rows.Add(Row(name, documents / buildSeconds, memoryMb, p50, p95, ndcg, hit1));
        GC.KeepAlive(index);
        return new Result(documents / buildSeconds, p50, p95, ndcg, hit1, memoryMb);
    }

    private static Result MeasureFts(List<SyntheticCorpus.Document> corpus, Dictionary<int, IReadOnlyList<SyntheticCorpus.Query>> queries, string workDirectory, List<string[]> rows)
    {
        Directory.CreateDirectory(workDirectory);
        var path = Path.Combine(workDirectory, "fts5.db");
        var documents = corpus.Count;
        using var fts = new Fts5Baseline(path);
        var watch = Stopwatch.StartNew();
        fts.Add(corpus);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var sizeMb = new FileInfo(path).Length / 1048576.0;
        var (p50, p95, ndcg, hit1) = Latencies(queries, q => fts.Search(q, 10));
        rows.Add(Row("SQLite FTS5 bm25()", documents / buildSeconds, sizeMb, p50, p95, ndcg, hit1, memoryNote: " (file)"));
        return new Result(documents / buildSeconds, p50, p95, ndcg, hit1);
    }

    /// <summary>Lucene.NET in a RAMDirectory: memory is the managed heap it holds once the searcher is open (index files included).</summary>
    private static Result MeasureLucene(List<SyntheticCorpus.Document> corpus, Dictionary<int, IReadOnlyList<SyntheticCorpus.Query>> queries, List<string[]> rows, float titleBoost)
    {
        var documents = corpus.Count;
        Collect();
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        using var lucene = new LuceneBaseline(titleBoost);
        lucene.Build(corpus.Select(d => (d.Id, d.Title, d.Body)));
        var buildSeconds = watch.Elapsed.TotalSeconds;
        Collect();
        var memoryMb = (GC.GetTotalMemory(true) - before) / 1048576.0;
        var (p50, p95, ndcg, hit1) = Latencies(queries, q => lucene.Search(q, 10));
        rows.Add(Row(string.Create(CultureInfo.InvariantCulture, $"Lucene.NET 4.8 (CJK + English, BM25, title ×{titleBoost:0.#})"), documents / buildSeconds, memoryMb, p50, p95, ndcg, hit1));
        return new Result(documents / buildSeconds, p50, p95, ndcg, hit1, memoryMb);
    }

    private static void LuceneRatios(string label, Result lucene, Result bilingual) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Ratios (Lucene.NET {label} / TechBridge bilingual): p50 1-term ×{lucene.P50[1] / bilingual.P50[1]:0.0}, 3-term ×{lucene.P50[3] / bilingual.P50[3]:0.0}, 8-term ×{lucene.P50[8] / bilingual.P50[8]:0.0}; p95 1-term ×{lucene.P95[1] / bilingual.P95[1]:0.0}, 3-term ×{lucene.P95[3] / bilingual.P95[3]:0.0}, 8-term ×{lucene.P95[8] / bilingual.P95[8]:0.0}; build ×{lucene.DocsPerSecond / bilingual.DocsPerSecond:0.00} (docs/s); memory ×{lucene.MemoryMb / bilingual.MemoryMb:0.00}; nDCG@10 ×{lucene.Ndcg / bilingual.Ndcg:0.00}; HitRate@1 ×{lucene.Hit1 / bilingual.Hit1:0.00}."));

    private static (Dictionary<int, double> P50, Dictionary<int, double> P95, double Ndcg, double Hit1) Latencies(
        Dictionary<int, IReadOnlyList<SyntheticCorpus.Query>> queries, Func<string, List<string>> search)
    {
        foreach (var q in queries[3].Take(50))
        {
            search(q.Text); // warm-up: JIT, caches
        }

        var p50 = new Dictionary<int, double>();
        var p95 = new Dictionary<int, double>();
        double ndcg = 0, hit1 = 0;
        foreach (var (terms, list) in queries)
        {
            var times = new List<double>(list.Count);
            foreach (var query in list)
            {
                var started = Stopwatch.GetTimestamp();
                var ids = search(query.Text);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (terms == 3)
                {
                    var rank = ids.IndexOf(query.RelevantId);
                    ndcg += rank < 0 ? 0 : 1 / Math.Log2(rank + 2);
                    hit1 += rank == 0 ? 1 : 0;
                }
            }

            times.Sort();
            p50[terms] = times[(int)Math.Ceiling(0.50 * times.Count) - 1];
            p95[terms] = times[(int)Math.Ceiling(0.95 * times.Count) - 1];
        }

        return (p50, p95, ndcg / queries[3].Count, hit1 / queries[3].Count);
    }

    private static string[] Row(string name, double docsPerSecond, double memoryMb, Dictionary<int, double> p50, Dictionary<int, double> p95, double ndcg, double hit1, string memoryNote = "") =>
    [
        name,
        docsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
        memoryMb.ToString("N0", CultureInfo.InvariantCulture) + memoryNote,
        string.Create(CultureInfo.InvariantCulture, $"{p50[1]:0.00} / {p95[1]:0.00}"),
        string.Create(CultureInfo.InvariantCulture, $"{p50[3]:0.00} / {p95[3]:0.00}"),
        string.Create(CultureInfo.InvariantCulture, $"{p50[8]:0.00} / {p95[8]:0.00}"),
        ndcg.ToString("0.000", CultureInfo.InvariantCulture),
        hit1.ToString("0.000", CultureInfo.InvariantCulture),
    ];

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + " " + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture;
}
