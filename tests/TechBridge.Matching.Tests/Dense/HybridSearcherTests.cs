using TechBridge.Matching.Dense;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Dense;

public sealed class HybridSearcherTests : IAsyncLifetime
{
    private static readonly (string Id, string Title, string Body, string Kind)[] Corpus =
    [
        ("d-cobot", "collaborative robot arm", "safe human robot assembly cell", "technology"),
        ("d-cobot-maker", "collaborative robots maker", "we build collaborative robots for factories", "organization"),
        ("d-weld", "welding line", "arc welding automation for steel frames", "technology"),
        ("d-battery", "battery cathode coating", "lithium cathode slurry coating line", "technology"),
        ("d-sensor", "optical sensor", "infrared sensor module for drones", "organization"),
        ("d-cloud", "cloud software platform", "analytics dashboards for retailers", "organization"),
    ];

    private static readonly Dictionary<string, string> KindOf = Corpus.ToDictionary(d => d.Id, d => d.Kind);

    private readonly HttpClient http = new();
    private FakeEmbeddingServer server = null!;
    private MatchEngine engine = null!;
    private VectorStore vectors = null!;

    public async Task InitializeAsync()
    {
        server = FakeEmbeddingServer.Start();
        var index = Docs.NewIndex();
        foreach (var (id, title, body, kind) in Corpus)
        {
            index.Upsert(Docs.Of(id, title, body, new DocumentFacets { EntityType = kind }));
        }

        index.Refresh();
        engine = new MatchEngine(index);
        vectors = new VectorStore(FakeEmbeddingServer.Dims);
        var embedded = await Client(server.BaseUrl).EmbedAsync([.. Corpus.Select(d => d.Title + " " + d.Body)], CancellationToken.None);
        vectors.UpsertRange([.. Corpus.Select(d => d.Id)], embedded);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private OpenAiEmbeddingClient Client(Uri baseUrl) =>
        new(http, new EmbeddingOptions(baseUrl, FakeEmbeddingServer.Model, "test-key")
        {
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        });

    private HybridSearcher Hybrid(Uri? baseUrl = null) => new(engine, Client(baseUrl ?? server.BaseUrl), vectors);

    [Fact]
    public async Task SearchAsync_QuerySharingNoWords_DenseFindsSynonymDocuments()
    {
        var request = new SearchRequest("cobot") { Top = 3 };
        Assert.Empty(engine.Search(request).Hits); // BM25F alone finds nothing: no document contains "cobot"

        var result = await Hybrid().SearchAsync(request, CancellationToken.None);

        Assert.True(result.DenseUsed, result.DenseSkippedReason);
        Assert.Null(result.DenseSkippedReason);
        Assert.Equal(3, result.Hits.Count);
        Assert.Equal(["d-cobot-maker", "d-cobot"], result.Hits.Take(2).Select(h => h.Id));
        Assert.All(result.Hits, h => Assert.Null(h.LexicalRank));
        Assert.Equal([1, 2], result.Hits.Take(2).Select(h => h.DenseRank));
        Assert.Equal(1d / 61, result.Hits[0].Score, 12);
        Assert.True(result.Hits[0].DenseScore > result.Hits[2].DenseScore);
    }

    [Fact]
    public async Task SearchAsync_LexicalAndDenseAgree_FusedFirstWithBothRanksAndExplanation()
    {
        var request = new SearchRequest("welding cobot") { Top = 3, Explain = true };

        var result = await Hybrid().SearchAsync(request, CancellationToken.None);

        Assert.True(result.DenseUsed);
        var first = result.Hits[0];
        Assert.Equal("d-weld", first.Id);
        Assert.Equal(1, first.LexicalRank);
        Assert.NotNull(first.DenseRank);
        Assert.NotNull(first.LexicalScore);
        Assert.NotNull(first.Explanation);
        Assert.Contains(first.Explanation!.Terms, t => t.Term == "welding");
        Assert.Equal((1d / 61) + (1d / (60 + first.DenseRank!.Value)), first.Score, 12);
        Assert.Contains(result.Hits, h => h.Id == "d-cobot-maker" && h.LexicalRank is null && h.Explanation is null);
        Assert.True(result.Hits.Zip(result.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task SearchAsync_FacetFilterWithoutAdmits_KeepsOnlyDenseHitsBm25Returned()
    {
        var request = new SearchRequest("cobot sensor") { Filter = new SearchFilter { EntityTypes = new HashSet<string> { "organization" } } };

        var result = await Hybrid().SearchAsync(request, CancellationToken.None);

        Assert.True(result.DenseUsed);
        Assert.Equal(["d-sensor"], result.Hits.Select(h => h.Id)); // the only document BM25F returned under the filter
    }

    [Fact]
    public async Task SearchAsync_FacetFilterWithAdmits_AddsAdmittedDenseHitsOnly()
    {
        var request = new SearchRequest("cobot") { Filter = new SearchFilter { EntityTypes = new HashSet<string> { "organization" } } };

        var result = await Hybrid().SearchAsync(request, id => KindOf[id] == "organization", CancellationToken.None);

        Assert.True(result.DenseUsed);
        Assert.Equal("d-cobot-maker", result.Hits[0].Id);
        Assert.All(result.Hits, h => Assert.Equal("organization", KindOf[h.Id]));
    }

    [Fact]
    public async Task SearchAsync_Exclude_AppliesToDenseSide()
    {
        var request = new SearchRequest("cobot") { Exclude = new HashSet<string> { "d-cobot-maker" } };

        var result = await Hybrid().SearchAsync(request, CancellationToken.None);

        Assert.Equal("d-cobot", result.Hits[0].Id);
        Assert.DoesNotContain(result.Hits, h => h.Id == "d-cobot-maker");
    }

    [Fact]
    public async Task SearchAsync_ServerDown_FallsBackToBm25WithReason()
    {
        var request = new SearchRequest("welding line") { Top = 5, Explain = true };
        var expected = engine.Search(request);

        var result = await Hybrid(FakeEmbeddingServer.UnusedLoopbackUrl()).SearchAsync(request, CancellationToken.None);

        Assert.False(result.DenseUsed);
        Assert.Contains("embedding the query failed", result.DenseSkippedReason, StringComparison.Ordinal);
        Assert.Contains("Could not reach", result.DenseSkippedReason, StringComparison.Ordinal);
        AssertSameAsBm25(expected, result);
    }

    [Fact]
    public async Task SearchAsync_ServerErrors_FallsBackToBm25WithStatus()
    {
        server.Enqueue(new ScriptedReply(500, FakeEmbeddingServer.Error("boom", "server_error"), RetryAfter: "0"));
        server.Enqueue(new ScriptedReply(500, FakeEmbeddingServer.Error("boom again", "server_error"), RetryAfter: "0"));
        var request = new SearchRequest("battery coating");

        var result = await Hybrid().SearchAsync(request, CancellationToken.None);

        Assert.False(result.DenseUsed);
        Assert.Contains("500", result.DenseSkippedReason, StringComparison.Ordinal);
        Assert.Contains("boom again", result.DenseSkippedReason, StringComparison.Ordinal);
        AssertSameAsBm25(engine.Search(request), result);
    }

    [Fact]
    public async Task SearchAsync_DenseNotConfigured_ReturnsBm25Unchanged()
    {
        var request = new SearchRequest("cathode coating") { Top = 2 };
        var searcher = new HybridSearcher(engine);

        var result = await searcher.SearchAsync(request, CancellationToken.None);

        Assert.False(searcher.DenseConfigured);
        Assert.False(result.DenseUsed);
        Assert.Equal("dense retrieval is not configured", result.DenseSkippedReason);
        AssertSameAsBm25(engine.Search(request), result);
    }

    [Fact]
    public void Constructor_ProviderWithoutStore_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HybridSearcher(engine, Client(server.BaseUrl), null));
    }

    private static void AssertSameAsBm25(SearchResult expected, HybridResult actual)
    {
        Assert.Equal(expected.Hits.Select(h => (h.Id, (double)h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(Enumerable.Range(1, expected.Hits.Count).Select(i => (int?)i), actual.Hits.Select(h => h.LexicalRank));
        Assert.All(actual.Hits, h => Assert.Null(h.DenseRank));
        Assert.Equal(expected.Hits.Select(h => h.Explanation is null), actual.Hits.Select(h => h.Explanation is null));
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Lexical.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(expected.Matched, actual.Lexical.Matched);
    }
}
