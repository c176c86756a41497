using TechBridge.Core.Matching.Embeddings;
using TechBridge.Matching.Dense;

namespace TechBridge.Core.Tests.Matching.Embeddings;

public sealed class OnceEmbeddingProviderTests
{
    [Fact]
    public async Task EmbedAsync_SameTextTwice_CallsTheServiceOnceAndSharesAFailure()
    {
        var service = new ScriptedEmbeddingProvider { Fails = true };
        var once = new OnceEmbeddingProvider(service);

        await Assert.ThrowsAsync<EmbeddingException>(() => once.EmbedAsync(["need"], CancellationToken.None));
        await Assert.ThrowsAsync<EmbeddingException>(() => once.EmbedAsync(["need"], CancellationToken.None));

        Assert.Equal(1, service.Calls);
    }
}
