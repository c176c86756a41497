using TechBridge.Core.Matching.Embeddings;
using TechBridge.Core.Tests.Shared;
using TechBridge.Matching.Dense;

namespace TechBridge.Core.Tests.Matching.Embeddings;

public sealed class PausingEmbeddingProviderTests
{
    [Fact]
    public async Task EmbedAsync_WithinThePauseAfterAFailure_FailsAtOnceWithoutCallingTheService()
    {
        var time = new FakeTime();
        var service = new ScriptedEmbeddingProvider { Fails = true };
        var provider = new PausingEmbeddingProvider(service, TimeSpan.FromMinutes(1), time);
        await Assert.ThrowsAsync<EmbeddingException>(() => provider.EmbedAsync(["need"], CancellationToken.None));
        service.Fails = false;
        time.Advance(TimeSpan.FromSeconds(59));

        await Assert.ThrowsAsync<EmbeddingException>(() => provider.EmbedAsync(["need"], CancellationToken.None));

        Assert.Equal(1, service.Calls);
        Assert.True(provider.Paused);
    }

    [Fact]
    public async Task EmbedAsync_AfterThePause_CallsTheServiceAgain()
    {
        var time = new FakeTime();
        var service = new ScriptedEmbeddingProvider { Fails = true };
        var provider = new PausingEmbeddingProvider(service, TimeSpan.FromMinutes(1), time);
        await Assert.ThrowsAsync<EmbeddingException>(() => provider.EmbedAsync(["need"], CancellationToken.None));
        service.Fails = false;
        time.Advance(TimeSpan.FromMinutes(1));

        var vectors = await provider.EmbedAsync(["need"], CancellationToken.None);

        Assert.Single(vectors);
        Assert.Equal(2, service.Calls);
        Assert.False(provider.Paused);
    }
}
