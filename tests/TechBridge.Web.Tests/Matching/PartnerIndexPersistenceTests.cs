using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Core.Matching.Snapshots;
using TechBridge.Core.Tests.Matching;

namespace TechBridge.Web.Tests.Matching;

public sealed class PartnerIndexPersistenceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task App_RestartedOverTheSameDatabase_LoadsTheSnapshotFromTheConfiguredPath(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var directory = System.IO.Directory.CreateTempSubdirectory("techbridge-web-index-");
        var settings = new Dictionary<string, string?> { ["TechBridge:Matching:SnapshotPath"] = Path.Combine(directory.FullName, "partners.tbix") };
        try
        {
            int documents;
            await using (var first = new ConfiguredApp(database, settings))
            {
                await first.StartAsync();
                Assert.Equal(IndexStartKind.Rebuilt, first.PartnerIndex.LastStart.Kind);
                documents = first.PartnerIndex.LastStart.Documents;
            }

            await using var second = new ConfiguredApp(database, settings);
            await second.StartAsync();
            var client = await second.SignedInAsync(Roles.Company);
            var response = await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "이차전지 양극재 공동연구 파트너", top = 5 });

            Assert.Equal(IndexStartKind.Loaded, second.PartnerIndex.LastStart.Kind);
            Assert.Equal(documents, second.PartnerIndex.LastStart.Documents);
            Assert.Equal(Path.Combine(directory.FullName, "partners.tbix"), second.PartnerIndex.SnapshotPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
            Assert.False(result.TryGetProperty("denseUsed", out _));
            Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.False(h.TryGetProperty("similarity", out _)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task FindPartners_EmbeddingsConfigured_ApiAndPageShowAnOrganisationFoundByMeaning(string provider)
    {
        await using var server = FakeEmbeddingServer.Start();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ConfiguredApp(database, new Dictionary<string, string?>
        {
            ["TechBridge:Matching:PersistSnapshot"] = "false",
            ["TechBridge:Matching:Embeddings:Enabled"] = "true",
            ["TechBridge:Matching:Embeddings:Endpoint"] = server.BaseUrl.ToString(),
            ["TechBridge:Matching:Embeddings:Model"] = FakeEmbeddingServer.Model,
            ["TechBridge:Matching:Embeddings:ApiKey"] = FakeEmbeddingServer.ApiKey,
            ["TechBridge:Matching:Embeddings:BatchSize"] = "128",
        });
        await app.StartAsync();
        var vectors = app.PartnerIndex.Vectors!;
        await WaitUntilAsync(() => vectors.Pending == 0 && vectors.Count == app.PartnerIndex.Engine.Index.Count);
        var before = vectors.Count;
        var admin = await app.SignedInAsync(Roles.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "ResearchInstitute", nameKo = "날갯짓 비행 연구소", nameEn = "Flapping Flight Lab", countryCode = "KR",
            description = "Ornithopter wing kinematics and flight tests.",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitUntilAsync(() => vectors.Pending == 0 && vectors.Count == before + 1);

        var company = await app.SignedInAsync(Roles.Company);
        var result = await (await company.PostAsJsonAsync("/api/v1/matching/partners", new { text = "entomopter", top = 5 })).Content.ReadFromJsonAsync<JsonElement>();
        var html = await company.GetStringAsync("/matching?need=entomopter");

        Assert.True(result.GetProperty("denseUsed").GetBoolean());
        var first = result.GetProperty("hits")[0];
        Assert.Equal(id, first.GetProperty("id").GetGuid());
        Assert.Empty(first.GetProperty("matched").EnumerateArray());
        Assert.True(first.GetProperty("similarity").GetDouble() > 0.8);
        Assert.Contains("data-testid=\"similarity\"", html, StringComparison.Ordinal);
        Assert.Contains("의미 유사도", html, StringComparison.Ordinal);
        Assert.Contains("날갯짓 비행 연구소", html, StringComparison.Ordinal);
    }

    /// <summary>Polls (up to a minute) until <paramref name="condition"/> holds; the updates it waits for run in the background.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited++)
        {
            if (waited == 1200)
            {
                throw new TimeoutException("The partner index did not catch up within a minute.");
            }

            await Task.Delay(50);
        }
    }
}
