using System.Diagnostics;
using System.Net;
using TechBridge.Matching.Dense;

namespace TechBridge.Matching.Tests.Dense;

public sealed class OpenAiEmbeddingClientTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private FakeEmbeddingServer server = null!;

    public Task InitializeAsync()
    {
        server = FakeEmbeddingServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private OpenAiEmbeddingClient Client(string? key = "test-key", int batchSize = 64, Uri? baseUrl = null) =>
        new(http, new EmbeddingOptions(baseUrl ?? server.BaseUrl, FakeEmbeddingServer.Model, key, batchSize)
        {
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(200),
        });

    [Fact]
    public async Task EmbedAsync_150InputsWithBatch64_SendsThreeRequestsAndKeepsInputOrder()
    {
        var inputs = Enumerable.Range(0, 150).Select(i => $"document {i} about topic{i % 7} and cobots").ToList();
        var client = Client();

        var vectors = await client.EmbedAsync(inputs, CancellationToken.None);

        Assert.Equal(150, vectors.Length);
        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(FakeEmbeddingServer.Embed(inputs[i]), vectors[i]);
        }

        Assert.Equal([64, 64, 22], server.Requests.Select(r => r.InputCount));
        Assert.All(server.Requests, r => Assert.Equal(("POST", "/v1/embeddings", 200), (r.Method, r.Path, r.Status)));
        Assert.Equal(FakeEmbeddingServer.Dims, client.Dimensions);
    }

    [Fact]
    public async Task EmbedAsync_WithApiKey_SendsBearerAuthorization()
    {
        await Client(key: "test-key").EmbedAsync(["collaborative robot"], CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer test-key", request.Authorization);
    }

    [Fact]
    public async Task EmbedAsync_WithoutApiKey_SendsNoAuthorizationHeader()
    {
        await using var open = FakeEmbeddingServer.Start(apiKey: null);

        await Client(key: null, baseUrl: open.BaseUrl).EmbedAsync(["cobot"], CancellationToken.None);

        Assert.Null(Assert.Single(open.Requests).Authorization);
    }

    [Fact]
    public async Task EmbedAsync_WrongKey_ThrowsWithStatusAndServerMessage()
    {
        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client(key: "wrong").EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect API key provided.", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests); // 401 is not retried
    }

    [Fact]
    public async Task EmbedAsync_UnknownModel_ThrowsWithServerMessage()
    {
        var client = new OpenAiEmbeddingClient(http, new EmbeddingOptions(server.BaseUrl, "no-such-model", "test-key"));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => client.EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("The model `no-such-model` does not exist.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_429ThenSuccess_RetriesOnceAndReturnsVectors()
    {
        server.Enqueue(new ScriptedReply(429, FakeEmbeddingServer.Error("Rate limit reached.", "requests"), RetryAfter: "0"));

        var vectors = await Client().EmbedAsync(["cobot", "battery"], CancellationToken.None);

        Assert.Equal(FakeEmbeddingServer.Embed("battery"), vectors[1]);
        Assert.Equal([429, 200], server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task EmbedAsync_TwoServerErrors_ThrowsAfterExactlyOneRetry()
    {
        server.Enqueue(new ScriptedReply(503, FakeEmbeddingServer.Error("The server is overloaded.", "server_error"), RetryAfter: "0"));
        server.Enqueue(new ScriptedReply(503, FakeEmbeddingServer.Error("The server is still overloaded.", "server_error"), RetryAfter: "0"));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Contains("The server is still overloaded.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task EmbedAsync_RetryAfterAnHour_WaitsOnlyTheBoundedDelay()
    {
        server.Enqueue(new ScriptedReply(429, FakeEmbeddingServer.Error("Slow down.", "requests"), RetryAfter: "3600"));
        var watch = Stopwatch.StartNew();

        await Client().EmbedAsync(["cobot"], CancellationToken.None);

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task EmbedAsync_MalformedJson_ThrowsEmbeddingException()
    {
        server.Enqueue(new ScriptedReply(200, """{"object":"list","data":[{"index":0,"embedding":[0.1, 0.2"""));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Contains("malformed JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_NoDataArray_ThrowsEmbeddingException()
    {
        server.Enqueue(new ScriptedReply(200, """{"object":"list","result":[]}"""));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Contains("\"data\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_FewerEmbeddingsThanInputs_ThrowsCountMismatch()
    {
        server.Enqueue(new ScriptedReply(200, """{"data":[{"index":0,"embedding":[1,0,0]}]}"""));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["cobot", "battery"], CancellationToken.None));

        Assert.Contains("1 embeddings for 2 inputs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_VectorsOfDifferentLengths_ThrowsInconsistentDimensions()
    {
        server.Enqueue(new ScriptedReply(200, """{"data":[{"index":1,"embedding":[1,0,0,0]},{"index":0,"embedding":[1,0,0]}]}"""));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["cobot", "battery"], CancellationToken.None));

        Assert.Contains("Inconsistent embedding dimensions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_LaterBatchChangesDimensions_ThrowsInconsistentDimensions()
    {
        var client = Client(batchSize: 1);
        server.Enqueue(new ScriptedReply(200, """{"data":[{"index":0,"embedding":[1,0,0]}]}"""));
        server.Enqueue(new ScriptedReply(200, """{"data":[{"index":0,"embedding":[1,0,0,0]}]}"""));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => client.EmbedAsync(["a", "b"], CancellationToken.None));

        Assert.Contains("Inconsistent embedding dimensions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_DuplicateIndex_ThrowsEmbeddingException()
    {
        server.Enqueue(new ScriptedReply(200, """{"data":[{"index":0,"embedding":[1,0]},{"index":0,"embedding":[0,1]}]}"""));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["a", "b"], CancellationToken.None));

        Assert.Contains("repeats index 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_ServerNotListening_ThrowsEmbeddingException()
    {
        var client = Client(baseUrl: FakeEmbeddingServer.UnusedLoopbackUrl());

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => client.EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Contains("Could not reach", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task EmbedAsync_ServerSlowerThanTimeout_ThrowsTimeout()
    {
        server.Enqueue(new ScriptedReply(200, "{}", Delay: TimeSpan.FromSeconds(10)));
        var client = new OpenAiEmbeddingClient(http, new EmbeddingOptions(server.BaseUrl, FakeEmbeddingServer.Model, "test-key")
        {
            Timeout = TimeSpan.FromMilliseconds(300),
        });

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => client.EmbedAsync(["cobot"], CancellationToken.None));

        Assert.Contains("did not answer within", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_CallerCancels_ThrowsOperationCanceled()
    {
        server.Enqueue(new ScriptedReply(200, "{}", Delay: TimeSpan.FromSeconds(10)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().EmbedAsync(["cobot"], cancel.Token));
    }

    [Fact]
    public async Task EmbedAsync_NoTexts_ReturnsEmptyWithoutRequest()
    {
        var vectors = await Client().EmbedAsync([], CancellationToken.None);

        Assert.Empty(vectors);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000", "http://127.0.0.1:9000/v1/embeddings")]
    [InlineData("http://127.0.0.1:9000/", "http://127.0.0.1:9000/v1/embeddings")]
    [InlineData("https://api.example.test/v1", "https://api.example.test/v1/embeddings")]
    [InlineData("https://proxy.example.test/openai/", "https://proxy.example.test/openai/v1/embeddings")]
    public void EndpointUrl_BaseUrlVariants_PointAtEmbeddings(string baseUrl, string expected)
    {
        Assert.Equal(new Uri(expected), new EmbeddingOptions(new Uri(baseUrl), "m").EndpointUrl);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenAiEmbeddingClient(http, new EmbeddingOptions(server.BaseUrl, "m", null, BatchSize: 0)));
        Assert.Throws<ArgumentException>(() => new OpenAiEmbeddingClient(http, new EmbeddingOptions(server.BaseUrl, " ")));
    }
}
