using TechBridge.Matching.Dense;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// An embedding provider for search queries that, after one failure, fails at once for <c>pause</c> instead of
/// calling the service again: while the service is down every search is BM25F alone without waiting on it.
/// </summary>
public sealed class PausingEmbeddingProvider(IEmbeddingProvider inner, TimeSpan pause, TimeProvider time) : IEmbeddingProvider
{
    private long pausedUntilTicks;

    public int? Dimensions => inner.Dimensions;

    /// <summary>Whether calls fail at once now (after a recent failure).</summary>
    public bool Paused => time.GetUtcNow().UtcTicks < Interlocked.Read(ref pausedUntilTicks);

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var until = Interlocked.Read(ref pausedUntilTicks);
        if (time.GetUtcNow().UtcTicks < until)
        {
            throw new EmbeddingException($"the embedding service failed recently; queries skip it until {new DateTimeOffset(until, TimeSpan.Zero):u}");
        }

        try
        {
            return await inner.EmbedAsync(texts, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Interlocked.Exchange(ref pausedUntilTicks, (time.GetUtcNow() + pause).UtcTicks);
            throw;
        }
    }
}
