using TechBridge.Core.Matching;
using TechBridge.Core.Matching.Snapshots;

namespace TechBridge.Core.Tests.Matching;

public sealed class PartnerSearchEmbeddingsTests
{
    /// <summary>Shares no word with the profile below (nor with anything the glossary knows); only the fake's vectors relate them.</summary>
    private const string NeedWithoutSharedWords = "entomopter";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_EmbeddingsOnAndNeedSharesNoWordWithProfile_FindsTheOrganisationByMeaning(string provider)
    {
        await using var server = FakeEmbeddingServer.Start();
        await using var scenario = await IndexScenario.CreateAsync(provider);
        var id = await AddFlappingWingLabAsync(scenario);
        await using (var lexicalOnly = await scenario.StartIndexAsync(o => o.PersistSnapshot = false))
        {
            Assert.Empty((await lexicalOnly.SearchAsync(NeedWithoutSharedWords)).Hits);
        }

        await using var index = await scenario.StartIndexAsync(o => UseEmbeddings(o, server));
        await index.VectorsCurrentAsync();
        var results = await index.SearchAsync(NeedWithoutSharedWords);

        Assert.True(results.DenseUsed);
        var hit = Assert.Single(results.Hits);
        Assert.Equal(id, hit.Id);
        Assert.Empty(hit.Matched);
        Assert.Empty(hit.FieldScores);
        Assert.True(hit.Similarity > 0.8, $"similarity {hit.Similarity}");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_ProviderAnswers500_ReturnsExactlyTheBm25FResults(string provider)
    {
        const string need = "ornithopter flapping wing";
        await using var server = FakeEmbeddingServer.Start();
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await AddFlappingWingLabAsync(scenario);
        await IndexScenario.AddOrganizationAsync(scenario.Database.Services, "회전익 연구소", "Rotary Wing Lab", "Rotary wing and rotor aerodynamics.");
        PartnerResults expected;
        await using (var lexicalOnly = await scenario.StartIndexAsync(o => o.PersistSnapshot = false))
        {
            expected = await lexicalOnly.SearchAsync(need);
        }

        await using var index = await scenario.StartIndexAsync(o =>
        {
            UseEmbeddings(o, server);
            o.Embeddings.PauseAfterFailure = TimeSpan.FromHours(1);
        });
        await index.VectorsCurrentAsync();
        server.Failing = true;
        var failed = await index.SearchAsync(need);
        var requestsAfterFailure = server.Requests;
        var paused = await index.SearchAsync(need);

        Assert.False(failed.DenseUsed);
        Assert.Equal(2, expected.Hits.Count);
        Assert.Equal(Summary(expected), Summary(failed));
        Assert.Equal(Summary(expected), Summary(paused));
        Assert.Equal(expected.QueryTerms, failed.QueryTerms);
        Assert.All(failed.Hits, h => Assert.Null(h.Similarity));
        Assert.Equal(requestsAfterFailure, server.Requests);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_VectorsSavedWithTheSnapshot_SecondStartLoadsThemWithoutEmbeddingAgain(string provider)
    {
        await using var server = FakeEmbeddingServer.Start();
        await using var scenario = await IndexScenario.CreateAsync(provider);
        var id = await AddFlappingWingLabAsync(scenario);
        int vectors;
        await using (var first = await scenario.StartIndexAsync(o => UseEmbeddings(o, server)))
        {
            await first.VectorsCurrentAsync();
            vectors = first.Index.Vectors!.Count;
        }

        var embeddedBefore = server.Inputs;
        await using var second = await scenario.StartIndexAsync(o => UseEmbeddings(o, server));

        Assert.Equal(IndexStartKind.Loaded, second.Index.LastStart.Kind);
        Assert.Equal(vectors, second.Index.Vectors!.Count);
        Assert.Equal(0, second.Index.Vectors.Pending);
        Assert.Equal(second.Index.Engine.Index.Count, vectors);
        Assert.Equal(id, (await second.SearchAsync(NeedWithoutSharedWords)).Hits[0].Id);
        Assert.Equal(embeddedBefore + 1, server.Inputs); // the query only
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_OneOrganisationAddedWhileStopped_RebuildsTheIndexButEmbedsOnlyThatOrganisation(string provider)
    {
        await using var server = FakeEmbeddingServer.Start();
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await using (var first = await scenario.StartIndexAsync(o => UseEmbeddings(o, server)))
        {
            await first.VectorsCurrentAsync();
        }

        var id = await AddFlappingWingLabAsync(scenario);
        var embeddedBefore = server.Inputs;
        await using var second = await scenario.StartIndexAsync(o => UseEmbeddings(o, server));
        await second.VectorsCurrentAsync();

        Assert.Equal(IndexStartKind.Rebuilt, second.Index.LastStart.Kind);
        Assert.Equal(embeddedBefore + 1, server.Inputs);
        Assert.Equal(second.Index.Engine.Index.Count, second.Index.Vectors!.Count);
        Assert.Equal(id, (await second.SearchAsync(NeedWithoutSharedWords)).Hits[0].Id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Change_OrganisationAddedWhileRunning_IsEmbeddedAndFoundByMeaning(string provider)
    {
        await using var server = FakeEmbeddingServer.Start();
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await using var index = await scenario.StartIndexAsync(o => UseEmbeddings(o, server));
        await index.VectorsCurrentAsync();
        var before = index.Index.Vectors!.Count;

        var id = await IndexScenario.AddOrganizationAsync(index.Services, "숯 연구소", "Carbon Lab", "Biochar from agricultural residues.");
        for (var waited = 0; index.Index.Vectors.Count == before && waited < 1200; waited++)
        {
            await Task.Delay(50);
        }

        await index.VectorsCurrentAsync();
        var results = await index.SearchAsync("hydrochar");
        Assert.Equal(before + 1, index.Index.Vectors.Count);
        Assert.Equal(id, results.Hits[0].Id);
        Assert.NotNull(results.Hits[0].Similarity);
    }

    [Fact]
    public async Task Start_EmbeddingsOnWithoutEndpoint_LogsWhyAndSearchesWithBm25FAlone()
    {
        await using var scenario = await IndexScenario.CreateAsync("sqlite");
        await IndexScenario.AddOrganizationAsync(scenario.Database.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter wing aerodynamics.");

        await using var index = await scenario.StartIndexAsync(o => o.Embeddings = new() { Enabled = true, Model = FakeEmbeddingServer.Model });

        Assert.Null(index.Index.Vectors);
        Assert.Contains(index.Log, line => line.StartsWith("Error: Dense retrieval stays off because its settings are invalid", StringComparison.Ordinal));
        var results = await index.SearchAsync("ornithopter");
        Assert.False(results.DenseUsed);
        Assert.Single(results.Hits);
    }

    private static Task<Guid> AddFlappingWingLabAsync(IndexScenario scenario) =>
        IndexScenario.AddOrganizationAsync(scenario.Database.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter flapping wing aerodynamics.");

    private static void UseEmbeddings(MatchingOptions options, FakeEmbeddingServer server) => options.Embeddings = new()
    {
        Enabled = true,
        Endpoint = server.BaseUrl.ToString(),
        Model = FakeEmbeddingServer.Model,
        ApiKey = FakeEmbeddingServer.ApiKey,
        BatchSize = 16,
    };

    private static List<(Guid, double)> Summary(PartnerResults results) => [.. results.Hits.Select(h => (h.Id, h.Score))];
}
