using TechBridge.Matching.Dense;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>The vectors to save with a snapshot: the store, the entry of each vector, and which model made them.</summary>
public sealed record SavedVectors(VectorStore Store, IReadOnlyDictionary<string, DenseEntry> Entries, string Fingerprint);
