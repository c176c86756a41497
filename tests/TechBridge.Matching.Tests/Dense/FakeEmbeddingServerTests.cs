using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TechBridge.Matching.Tests.Dense;

/// <summary>The fake must reject what a real service rejects, or the client tests prove nothing.</summary>
public sealed class FakeEmbeddingServerTests : IAsyncLifetime
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

    [Theory]
    [InlineData("POST", "/v1/embeddings", "Bearer test-key", """{"model":"fake-embed-1","input":["cobot"]}""", HttpStatusCode.OK)]
    [InlineData("POST", "/v1/embed", "Bearer test-key", """{"model":"fake-embed-1","input":["cobot"]}""", HttpStatusCode.NotFound)]
    [InlineData("GET", "/v1/embeddings", "Bearer test-key", null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/v1/embeddings", null, """{"model":"fake-embed-1","input":["cobot"]}""", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/v1/embeddings", "Bearer test-key", """{"model":"fake-embed-1","input":[""]}""", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/v1/embeddings", "Bearer test-key", """{"model":"fake-embed-1","input":[1]}""", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/v1/embeddings", "Bearer test-key", "{\"model\":\"fake-embed-1\",\"input\":[\"cobot\"", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/v1/embeddings", "Bearer test-key", """{"model":"other","input":["cobot"]}""", HttpStatusCode.NotFound)]
    public async Task Request_Variants_AnsweredLikeTheRealService(string method, string path, string? authorization, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(server.BaseUrl, path));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected == HttpStatusCode.OK ? "\"embedding\"" : "\"error\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Embed_SynonymsAndPhrases_ShareADimension()
    {
        Assert.Equal(FakeEmbeddingServer.Embed("cobot"), FakeEmbeddingServer.Embed("collaborative robot"));
        Assert.Equal(FakeEmbeddingServer.Embed("battery"), FakeEmbeddingServer.Embed("이차전지"));
        Assert.Equal(1f, FakeEmbeddingServer.Embed("cobots welding").Sum(v => v * v), 1e-5f);
    }
}
