using System.Diagnostics;
using System.Globalization;
using TechBridge.Matching.Evaluation;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;

namespace TechBridge.Cli.Search;

/// <summary>
/// <c>techbridge eval --beir dir [--split test] [--top 100] [--json] [--run file]</c>: indexes the corpus, runs
/// every judged query, prints nDCG@10, MRR@10, Recall@100, HitRate@1/5 and latency p50/p95.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var directory = options.Required("beir");
        var split = options["split"] ?? "test";
        var top = options.Number("top", 100, 1, SearchRequest.MaxTop);
        BeirDataset dataset;
        try
        {
            dataset = BeirReader.Read(directory, split);
        }
        catch (DatasetFormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var analyzer = EngineFactory.Analyzer(options);
        var index = new MatchIndex(EngineFactory.Schema, analyzer);
        await Progress.RunAsync("Indexing", dataset.Corpus.Count, tick => index.AddRange(dataset.Corpus.Select(d =>
        {
            tick();
            return new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Text });
        })));
        var (glossary, glossaryMissing) = EngineFactory.Load(options, analyzer, error);
        var (lexicon, lexiconMissing) = EngineFactory.LoadLexicon(options, analyzer, error);
        var engine = new MatchEngine(index, glossary, lexicon);

        var queries = dataset.JudgedQueries();
        var run = new Dictionary<string, IReadOnlyList<RankedHit>>(StringComparer.Ordinal);
        var latencies = new List<double>(queries.Count);
        await Progress.RunAsync("Searching", queries.Count, tick =>
        {
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var hits = engine.Search(new SearchRequest(query.Text) { Top = top }).Hits;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                run[query.Id] = [.. hits.Select(h => new RankedHit(h.Id, h.Score))];
                tick();
            }
        });

        if (options["run"] is { } runPath)
        {
            TrecRunWriter.WriteFile(runPath, run);
        }

        var report = RunEvaluator.Evaluate(dataset.Qrels, run.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)[.. r.Value.Select(h => h.DocumentId)]), latencies);
        if (options.Has("json"))
        {
            await output.WriteLineAsync(report.ToJson());
        }
        else
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"""
                BEIR {Path.GetFileName(Path.TrimEndingDirectorySeparator(directory))} ({split}): {dataset.Corpus.Count:N0} documents, {report.QueryCount:N0} queries
                nDCG@10    {report.NDCG10:0.0000}
                MRR@10     {report.MRR10:0.0000}
                Recall@100 {report.Recall100:0.0000}
                HitRate@1  {report.HitRate1:0.0000}
                HitRate@5  {report.HitRate5:0.0000}
                latency    p50 {report.LatencyP50Ms:0.00} ms, p95 {report.LatencyP95Ms:0.00} ms
                """));
        }

        return glossaryMissing || lexiconMissing ? GlossaryMissingExitCode : 0;
    }

    /// <summary>The figures were measured without the glossary because the default file is missing (not asked for).</summary>
    public const int GlossaryMissingExitCode = 4;
}
