using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Search;

/// <summary>
/// Block-max skipping must return exactly what scoring every document would: over posting lists of many blocks with
/// skewed frequencies, in segments built under other average lengths than the snapshot's now, with deleted documents.
/// </summary>
public sealed class BlockMaxOracleTests
{
    private static readonly string[] Common = ["c0", "c1", "c2", "c3"];

    [Theory]
    [InlineData(21, 1)]
    [InlineData(22, 10)]
    [InlineData(23, 1)]
    [InlineData(24, 10)]
    public void Search_LongSkewedPostingsInSegmentsWithMovedAverages_EqualsExhaustiveBm25F(int seed, int top)
    {
        var random = new Random(seed);
        var vocabulary = new ZipfWords(random, 300);
        var (documents, deleted, index) = Corpus(random, vocabulary);
        var engine = new MatchEngine(index);
        var oracle = new ExhaustiveBm25F(Docs.TitleBody, SpaceAnalyzer.Instance, documents, deleted);

        Assert.Equal(3, index.Snapshot.SegmentCount);
        for (var q = 0; q < 40; q++)
        {
            var words = q % 4 == 0
                ? [Common[random.Next(Common.Length)]]
                : Enumerable.Range(0, random.Next(1, 5))
                    .Select(_ => random.Next(2) == 0 ? Common[random.Next(Common.Length)] : vocabulary.Next())
                    .Distinct();
            var query = string.Join(' ', words);

            var actual = engine.Search(new SearchRequest(query) { Top = top }).Hits;

            OracleAssert.SameRanking(oracle.Search(query, top), actual);
        }
    }

    [Fact]
    public void Search_OneCommonTermTopOne_ScoresFewerDocumentsThanContainIt()
    {
        var random = new Random(25);
        var (documents, deleted, index) = Corpus(random, new ZipfWords(random, 2));
        var containing = documents.Count(d => !deleted.Contains(d.Id) && $"{d.Text["title"]} {d.Text["body"]}".Split(' ').Contains("c0"));

        var result = new MatchEngine(index).Search(new SearchRequest("c0") { Top = 1 });

        Assert.Single(result.Hits);
        Assert.InRange(result.Matched, 1, containing / 2);
    }

    /// <summary>
    /// Three segments: short bodies, then long ones (the first segment's averages are now too low), then short ones again;
    /// the common terms are in most documents, mostly once, sometimes many times. About 2% of documents are deleted.
    /// </summary>
    private static (List<MatchDocument> Documents, HashSet<string> Deleted, MatchIndex Index) Corpus(Random random, ZipfWords vocabulary)
    {
        string Text(int words) => vocabulary.Text(words);
        string Commons() => string.Join(' ', Common.SelectMany(c => Enumerable.Repeat(c, random.Next(3) == 0 ? 0 : random.Next(25) == 0 ? random.Next(2, 12) : 1)));
        MatchDocument Document(int i, int bodyWords) =>
            Docs.Of($"d{i}", $"{Text(random.Next(1, 6))} {(random.Next(6) == 0 ? Common[random.Next(Common.Length)] : "")}", $"{Commons()} {Text(bodyWords)}");

        var documents = new List<MatchDocument>();
        documents.AddRange(Enumerable.Range(0, 2000).Select(i => Document(i, random.Next(2, 15))));
        documents.AddRange(Enumerable.Range(2000, 1500).Select(i => Document(i, random.Next(40, 160))));
        documents.AddRange(Enumerable.Range(3500, 1000).Select(i => Document(i, random.Next(2, 10))));
        var index = Docs.NewIndex();
        index.AddRange(documents.Take(2000));
        index.AddRange(documents.Skip(2000).Take(1500));
        index.AddRange(documents.Skip(3500));
        var deleted = documents.Where(_ => random.Next(50) == 0).Select(d => d.Id).ToHashSet();
        foreach (var id in deleted)
        {
            index.Delete(id);
        }

        index.Refresh();
        return (documents, deleted, index);
    }
}
