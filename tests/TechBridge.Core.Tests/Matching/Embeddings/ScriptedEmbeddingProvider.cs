using TechBridge.Matching.Dense;

namespace TechBridge.Core.Tests.Matching.Embeddings;

/// <summary>An embedding provider that answers 2-dimensional vectors, or fails while <see cref="Fails"/> is set, and counts its calls.</summary>
public sealed class ScriptedEmbeddingProvider : IEmbeddingProvider
{
    public bool Fails { get; set; }

    public int Calls { get; private set; }

    public int? Dimensions => 2;

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken ct)
    {
        Calls++;
        return Fails
            ? Task.FromException<float[][]>(new EmbeddingException("HTTP 500"))
            : Task.FromResult(texts.Select(_ => new[] { 1f, 0f }).ToArray());
    }
}
