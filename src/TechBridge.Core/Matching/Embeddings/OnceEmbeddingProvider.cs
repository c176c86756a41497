using TechBridge.Matching.Dense;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// Embeds each distinct text once for the lifetime of the instance (one partner search runs one hybrid search per
/// result group with the same need text): the second group reuses the vector, or the failure, of the first.
/// </summary>
public sealed class OnceEmbeddingProvider(IEmbeddingProvider inner) : IEmbeddingProvider
{
    private readonly Dictionary<string, Task<float[][]>> calls = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public int? Dimensions => inner.Dimensions;

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count != 1)
        {
            return inner.EmbedAsync(texts, ct);
        }

        lock (gate)
        {
            if (!calls.TryGetValue(texts[0], out var call))
            {
                call = inner.EmbedAsync(texts, ct);
                calls[texts[0]] = call;
            }

            return call;
        }
    }
}
