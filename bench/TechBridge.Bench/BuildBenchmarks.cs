using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Bench;

/// <summary>
/// BenchmarkDotNet view of index build on one thread: 10,000 synthetic documents into one TechBridge segment vs the
/// same documents inserted into SQLite FTS5 (one transaction). Each invocation builds from scratch, so the
/// monitoring strategy (no pilot, a fixed number of iterations) fits.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
public class BuildBenchmarks
{
    private const int Documents = 10_000;
    private static readonly IndexSchema Schema = new([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]);
    private readonly BilingualAnalyzer analyzer = new();
    private List<SyntheticCorpus.Document> corpus = [];
    private List<MatchDocument> documents = [];

    [GlobalSetup]
    public void Setup()
    {
        corpus = new SyntheticCorpus().Documents(Documents).ToList();
        documents = corpus.Select(d => new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Body })).ToList();
    }

    [Benchmark(Baseline = true)]
    public void Fts5Insert10k()
    {
        using var fts = new Fts5Baseline(Path.Combine(Path.GetTempPath(), "techbridge-bdn-build.db"));
        fts.Add(corpus);
    }

    [Benchmark]
    public int TechBridgeSegment10k()
    {
        var builder = new SegmentBuilder(Schema, analyzer);
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build().TermCount;
    }
}
