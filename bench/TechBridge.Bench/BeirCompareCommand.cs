using System.Diagnostics;
using System.Globalization;
using TechBridge.Core.Matching;
using TechBridge.Matching.Evaluation;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Bench;

/// <summary>
/// <c>compare --beir dir [--split test]</c> or <c>compare --corpus corpus.jsonl --queries queries.jsonl --qrels qrels.tsv</c>
/// [--top 100] [--glossary file | --no-glossary] [--no-lexicon]: TechBridge set up exactly as <c>techbridge eval --beir</c> sets it up
/// (default bilingual analyser, IndexSchema.Default with the title and body, the seed glossary) and Lucene.NET 4.8
/// (CJK + English analysers, BM25, the same title weight) on the same public-format data; prints nDCG@10, MRR@10,
/// Recall@100, HitRate@1, latency p50/p95 and build time side by side.
/// </summary>
public static class BeirCompareCommand
{
    private static readonly string[] ValueOptions = ["--beir", "--split", "--corpus", "--queries", "--qrels", "--top", "--glossary"];
    private static readonly string[] FlagOptions = ["--no-glossary", "--no-lexicon"];

    /// <summary>The glossary <c>techbridge eval</c> reads by default, copied next to this program from data/seed.</summary>
    public static string DefaultGlossaryPath => Path.Combine(AppContext.BaseDirectory, "seed", "glossary.csv");

    public static string DefaultLexiconPath => Path.Combine(AppContext.BaseDirectory, "seed", "lexicon-ko-en.tsv");

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (FlagOptions.Contains(args[i]))
            {
                options[args[i]] = null;
            }
            else if (ValueOptions.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else
            {
                return Usage($"unknown or incomplete option '{args[i]}'. Valid: {string.Join(", ", ValueOptions.Concat(FlagOptions))}.");
            }
        }

        var top = 100;
        if (options.TryGetValue("--top", out var topText) && !(int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) && top is >= 1 and <= SearchRequest.MaxTop))
        {
            return Usage(string.Create(CultureInfo.InvariantCulture, $"--top must be a whole number from 1 to {SearchRequest.MaxTop}, not '{topText}'."));
        }

        BeirDataset dataset;
        string name;
        try
        {
            if (options.TryGetValue("--beir", out var directory))
            {
                var split = options.GetValueOrDefault("--split") ?? "test";
                dataset = BeirReader.Read(directory!, split);
                name = $"BEIR {Path.GetFileName(Path.TrimEndingDirectorySeparator(directory!))} ({split})";
            }
            else if (options.TryGetValue("--corpus", out var corpus) && options.TryGetValue("--queries", out var queries) && options.TryGetValue("--qrels", out var qrels))
            {
                dataset = new BeirDataset([.. BeirReader.ReadCorpus(corpus!)], BeirReader.ReadQueries(queries!), BeirReader.ReadQrels(qrels!), Path.GetFileNameWithoutExtension(qrels!));
                name = $"JSON Lines {Path.GetFileName(corpus!)}";
            }
            else
            {
                return Usage("give --beir <dir>, or --corpus, --queries and --qrels.");
            }
        }
        catch (DatasetFormatException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var glossaryPath = options.GetValueOrDefault("--glossary") ?? DefaultGlossaryPath;
        var useGlossary = !options.ContainsKey("--no-glossary");
        if (useGlossary && !File.Exists(glossaryPath))
        {
            Console.Error.WriteLine($"glossary '{glossaryPath}' not found: TechBridge would run without it; give --glossary <file> or --no-glossary.");
            return 2;
        }

        var useLexicon = useGlossary && !options.ContainsKey("--no-lexicon") && File.Exists(DefaultLexiconPath);
        var judged = dataset.JudgedQueries();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# {name}: {dataset.Corpus.Count:N0} documents, {judged.Count:N0} judged queries, top {top}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"));
        Console.WriteLine(useGlossary ? $"# TechBridge glossary: {glossaryPath}" : "# TechBridge without glossary (--no-glossary)");
        Console.WriteLine(useLexicon ? $"# TechBridge lexicon: {DefaultLexiconPath}" : "# TechBridge without lexicon (--no-lexicon, --no-glossary or no file)");

        // Each engine builds the corpus once untimed first, so build times are not the JIT's (the corpora are small).
        new MatchIndex(IndexSchema.Default, new BilingualAnalyzer()).AddRange(dataset.Corpus.Select(d => new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Text })));
        using (var warmUp = new LuceneBaseline())
        {
            warmUp.Build(dataset.Corpus.Select(d => (d.Id, d.Title, d.Text)));
        }

        // TechBridge exactly as `techbridge eval --beir` builds it (src/TechBridge.Cli/Search/EvalCommand.cs).
        var analyzer = new BilingualAnalyzer();
        var watch = Stopwatch.StartNew();
        var index = new MatchIndex(IndexSchema.Default, analyzer);
        index.AddRange(dataset.Corpus.Select(d => new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Text })));
        var techBridgeBuild = watch.Elapsed.TotalSeconds; // the index only, like Lucene's; the glossary loads once per process
        var engine = new MatchEngine(index, useGlossary ? new Glossary(GlossaryCsv.Read(glossaryPath), analyzer, GlossaryTopics.FromSeedDirectory(Path.GetDirectoryName(Path.GetFullPath(glossaryPath)))) : null,
            useLexicon ? new Lexicon(LexiconTsv.Read(DefaultLexiconPath), analyzer) : null);
        var techBridge = Evaluate(dataset, judged, text => [.. engine.Search(new SearchRequest(text) { Top = top }).Hits.Select(h => h.Id)]);

        // Lucene.NET with the same title and body weights and b as IndexSchema.Default.
        var title = IndexSchema.Default.Fields.Single(f => f.Name == "title");
        var body = IndexSchema.Default.Fields.Single(f => f.Name == "body");
        // A query boost multiplies Lucene's whole per-field title score (not BM25F), so no boost is shown too.
        var luceneSchema = MeasureLucene(dataset, judged, top, title.Weight / body.Weight, title.B, body.B);
        var luceneFlat = MeasureLucene(dataset, judged, top, 1f, title.B, body.B);
        Console.WriteLine();
        Console.WriteLine("| engine | nDCG@10 | MRR@10 | Recall@100 | HitRate@1 | HitRate@5 | p50 ms | p95 ms | build s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row(useLexicon ? "TechBridge (bilingual + glossary + lexicon)" : useGlossary ? "TechBridge (bilingual + glossary)" : "TechBridge (bilingual)", techBridge, techBridgeBuild));
        foreach (var (boost, luceneReport, luceneBuild) in new[] { luceneSchema, luceneFlat })
        {
            Console.WriteLine(Row(string.Create(CultureInfo.InvariantCulture, $"Lucene.NET 4.8 (CJK + English, BM25, title ×{boost:0.#})"), luceneReport, luceneBuild));
        }

        Console.WriteLine();
        foreach (var (boost, luceneReport, _) in new[] { luceneSchema, luceneFlat })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lucene (title ×{boost:0.#}) − TechBridge: nDCG@10 {luceneReport.NDCG10 - techBridge.NDCG10:+0.0000;-0.0000}, MRR@10 {luceneReport.MRR10 - techBridge.MRR10:+0.0000;-0.0000}, Recall@100 {luceneReport.Recall100 - techBridge.Recall100:+0.0000;-0.0000}, HitRate@1 {luceneReport.HitRate1 - techBridge.HitRate1:+0.0000;-0.0000}; latency p50 ×{luceneReport.LatencyP50Ms / techBridge.LatencyP50Ms:0.0}, p95 ×{luceneReport.LatencyP95Ms / techBridge.LatencyP95Ms:0.0} (Lucene/TechBridge)."));
        }

        return 0;
    }

    private static (float Boost, EvaluationReport Report, double BuildSeconds) MeasureLucene(
        BeirDataset dataset, IReadOnlyList<BeirQuery> judged, int top, float titleBoost, float titleB, float bodyB)
    {
        var watch = Stopwatch.StartNew();
        using var lucene = new LuceneBaseline(titleBoost, titleB, bodyB);
        lucene.Build(dataset.Corpus.Select(d => (d.Id, d.Title, d.Text)));
        var buildSeconds = watch.Elapsed.TotalSeconds;
        return (titleBoost, Evaluate(dataset, judged, text => lucene.Search(text, top)), buildSeconds);
    }

    private static EvaluationReport Evaluate(BeirDataset dataset, IReadOnlyList<BeirQuery> queries, Func<string, List<string>> search)
    {
        foreach (var query in queries)
        {
            search(query.Text); // warm-up, one untimed pass over every query: JIT and caches for both engines alike
        }

        var run = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var latencies = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var ids = search(query.Text);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            run[query.Id] = ids;
        }

        return RunEvaluator.Evaluate(dataset.Qrels, run, latencies);
    }

    private static string Row(string name, EvaluationReport report, double buildSeconds) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {report.NDCG10:0.0000} | {report.MRR10:0.0000} | {report.Recall100:0.0000} | {report.HitRate1:0.0000} | {report.HitRate5:0.0000} | {report.LatencyP50Ms:0.00} | {report.LatencyP95Ms:0.00} | {buildSeconds:0.00} |");

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"compare: {problem}");
        Console.Error.WriteLine("usage: compare --beir <dir> [--split test] | --corpus <corpus.jsonl> --queries <queries.jsonl> --qrels <qrels.tsv>; [--top 100] [--glossary <file> | --no-glossary]");
        return 2;
    }
}
