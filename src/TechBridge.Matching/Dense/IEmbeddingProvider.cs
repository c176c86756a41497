namespace TechBridge.Matching.Dense;

/// <summary>Turns texts into dense vectors (one per text, same order, same length).</summary>
public interface IEmbeddingProvider
{
    /// <summary>The length of the vectors this provider returns, or null while it is not known yet.</summary>
    int? Dimensions { get; }

    /// <summary>
    /// Embeds <paramref name="texts"/>; the result has one vector per text, in the same order.
    /// Throws <see cref="EmbeddingException"/> when the provider cannot produce them.
    /// </summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken ct);
}
