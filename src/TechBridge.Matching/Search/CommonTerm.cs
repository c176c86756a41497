namespace TechBridge.Matching.Search;

/// <summary>
/// When a matched term says little on its own ("기술", "system"): it occurs in more than <see cref="DocumentShare"/> of
/// the documents. Below <see cref="MinDocuments"/> documents no term is called common: shares of a handful mean nothing.
/// </summary>
public static class CommonTerm
{
    public const double DocumentShare = 0.10;

    public const long MinDocuments = 100;

    public static bool Is(long documentFrequency, long documents) =>
        documents >= MinDocuments && documentFrequency > DocumentShare * documents;
}
