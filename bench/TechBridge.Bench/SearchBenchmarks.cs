using BenchmarkDotNet.Attributes;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Bench;

/// <summary>BenchmarkDotNet view of the hot paths on a 100k-document synthetic corpus: analysis and 3-term search, TechBridge vs FTS5.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks : IDisposable
{
    private const int Documents = 100_000;
    private readonly BilingualAnalyzer analyzer = new();
    private MatchEngine engine = default!;
    private Fts5Baseline fts = default!;
    private string[] queries = [];
    private string sampleDocument = "";
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new SyntheticCorpus();
        var index = new MatchIndex(new IndexSchema([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]), analyzer);
        index.AddRange(corpus.Documents(Documents).Select(d => new MatchDocument(d.Id, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Body })));
        engine = new MatchEngine(index);
        fts = new Fts5Baseline(Path.Combine(Path.GetTempPath(), "techbridge-bdn-fts5.db"));
        fts.Add(corpus.Documents(Documents));
        queries = [.. corpus.Queries(Documents, 200, 3).Select(q => q.Text)];
        sampleDocument = corpus.Documents(1).Single().Body;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        fts?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Analyze120Tokens()
    {
        var terms = new List<AnalyzedTerm>(256);
        analyzer.Analyze(sampleDocument, terms);
        return terms.Count;
    }

    [Benchmark(Baseline = true)]
    public int Fts5ThreeTermTop10() => fts.Search(queries[next++ % queries.Length], 10).Count;

    [Benchmark]
    public int TechBridgeThreeTermTop10() => engine.Search(new SearchRequest(queries[next++ % queries.Length]) { Top = 10 }).Hits.Count;
}
