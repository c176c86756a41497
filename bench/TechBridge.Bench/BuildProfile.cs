using System.Diagnostics;
using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Bench;

/// <summary>Splits index build time into corpus generation, analysis and posting construction.</summary>
public static class BuildProfile
{
    public static void Run(int documents)
    {
        var corpus = new SyntheticCorpus();
        var watch = Stopwatch.StartNew();
        var docs = corpus.Documents(documents).ToList();
        Console.WriteLine($"generate: {watch.Elapsed.TotalMilliseconds:0} ms");
        var analyzer = new BilingualAnalyzer();
        var terms = new List<AnalyzedTerm>(512);
        watch.Restart();
        long count = 0;
        foreach (var d in docs)
        {
            terms.Clear();
            analyzer.Analyze(d.Title, terms);
            analyzer.Analyze(d.Body, terms);
            count += terms.Count;
        }

        var analyse = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"analyse: {analyse * 1000:0} ms ({documents / analyse:N0} docs/s, {count / (double)documents:0} terms/doc)");
        var schema = new IndexSchema([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]);
        var matchDocs = docs.Select(d => new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Body })).ToList();
        var builder = new SegmentBuilder(schema, analyzer);
        var pausedBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        watch.Restart();
        foreach (var d in matchDocs)
        {
            builder.Add(d);
        }

        var adding = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"builder.Add GC: {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0} ms paused, {GC.CollectionCount(2) - gen2Before} gen-2 collections");
        watch.Restart();
        var built = builder.Build();
        Console.WriteLine($"builder.Add: {adding * 1000:0} ms ({documents / adding:N0} docs/s); Build(): {watch.Elapsed.TotalMilliseconds:0} ms; {built.TermCount:N0} terms, {built.PostingBytes / 1048576.0:0.0} MB postings");
        watch.Restart();
        var index = new MatchIndex(new IndexSchema([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]), analyzer);
        index.AddRange(docs.Select(d => new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Body })));
        var total = watch.Elapsed.TotalSeconds;
        var segment = index.Snapshot;
        Console.WriteLine($"index (analyse + build): {total * 1000:0} ms ({documents / total:N0} docs/s)");
        GC.KeepAlive(segment);
    }
}
