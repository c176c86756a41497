using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// What is known about a document that has a vector: a hash of the text that was embedded (a changed document is
/// embedded again, an unchanged one never) and its facets (vectors carry none, and search filters need them).
/// </summary>
public sealed record DenseEntry(ulong TextHash, DocumentFacets Facets);
