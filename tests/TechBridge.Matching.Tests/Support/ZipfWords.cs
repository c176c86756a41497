namespace TechBridge.Matching.Tests.Support;

/// <summary>
/// Words "w0" … "w(n−1)" drawn with Zipf-like frequencies (a few very common, most rare), for tests that compare pruned
/// search with exhaustive scoring over random corpora.
/// </summary>
public sealed class ZipfWords(Random random, int vocabularySize)
{
    public string Next() => $"w{(int)Math.Min(vocabularySize - 1, Math.Floor(Math.Pow(vocabularySize, random.NextDouble())) - 1)}";

    public string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Next()));

    /// <summary>A query of up to <paramref name="words"/> distinct words.</summary>
    public string Query(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Next()).Distinct());
}
