using System.Text;
using TechBridge.Matching.Index;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Index;

public sealed class PostingCursorTests
{
    [Theory]
    [InlineData(1, 10)]        // tail only
    [InlineData(2, 64)]        // exactly one full block, no tail
    [InlineData(3, 1_000)]     // blocks and a tail
    [InlineData(4, 20_000)]    // many blocks, sparse and dense stretches
    public void NextAndAdvance_RandomPostings_VisitExactlyTheDocsWithTheirFrequencies(int seed, int documents)
    {
        var random = new Random(seed);
        var expected = new SortedDictionary<int, (int Title, int Body)>();
        var docs = new List<MatchDocument>();
        for (var d = 0; d < documents; d++)
        {
            // Dense, sparse and wide stretches: gaps from 1 to thousands, frequencies from 1 to hundreds.
            var chance = (d / 500 % 3) switch { 0 => 0.9, 1 => 0.02, _ => 0.3 };
            var title = random.NextDouble() < chance ? random.Next(0, 3) : 0;
            var body = random.NextDouble() < chance ? (random.Next(10) == 0 ? random.Next(1, 400) : random.Next(0, 3)) : 0;
            if (title + body > 0)
            {
                expected[d] = (title, body);
            }

            docs.Add(Docs.Of($"d{d}", Repeat("x", title) + " filler", Repeat("x", body) + " other"));
        }

        var segment = Build(docs);
        Assert.True(segment.TryGetTerm("x", out var ordinal));

        var walked = new List<(int Doc, int Title, int Body)>();
        var cursor = new PostingCursor(segment, ordinal);
        while (cursor.Next() != PostingCursor.NoMoreDocs)
        {
            walked.Add((cursor.Doc, cursor.Tfs[0], cursor.Tfs[1]));
        }

        Assert.Equal(expected.Select(e => (e.Key, e.Value.Title, e.Value.Body)), walked);

        for (var trial = 0; trial < 20; trial++)
        {
            var jumper = new PostingCursor(segment, ordinal);
            var target = -1;
            while (true)
            {
                target += random.Next(1, Math.Max(2, documents / 10));
                var doc = jumper.Advance(target);
                var want = expected.Keys.FirstOrDefault(k => k >= target, PostingCursor.NoMoreDocs);
                Assert.Equal(want, doc);
                if (doc == PostingCursor.NoMoreDocs)
                {
                    break;
                }

                Assert.Equal((expected[doc].Title, expected[doc].Body), (jumper.Tfs[0], jumper.Tfs[1]));
                if (random.Next(3) == 0)
                {
                    var next = jumper.Next();
                    Assert.Equal(expected.Keys.FirstOrDefault(k => k > doc, PostingCursor.NoMoreDocs), next);
                    if (next == PostingCursor.NoMoreDocs)
                    {
                        break;
                    }

                    target = next;
                }
            }
        }
    }

    [Theory]
    [InlineData(5, 3_000)]
    [InlineData(6, 20_000)]
    public void Build_RandomPostings_BoundsAreTheLargestPseudoFrequencyPerBlockAndTerm(int seed, int documents)
    {
        var (segment, ordinal, frequencies) = SkewedSegment(seed, documents);
        var bounds = segment.Bounds;
        var skipFrom = segment.SkipStarts[ordinal];
        var blocks = segment.SkipStarts[ordinal + 1] - skipFrom;
        var postings = frequencies.ToList();

        Assert.True(blocks > 2);
        for (var block = 0; block < blocks; block++)
        {
            var inBlock = postings.Skip(block * PostingBlockCodec.Size).Take(PostingBlockCodec.Size).Max(p => p.Value);
            Assert.InRange(bounds.BlockMax[skipFrom + block], inBlock, inBlock * 1.000001);
        }

        var max = postings.Max(p => p.Value);
        Assert.InRange(bounds.TermMax[ordinal], max, max * 1.000001);
    }

    [Theory]
    [InlineData(7, 3_000)]
    [InlineData(8, 20_000)]
    public void NextAbove_Ceiling_KeepsEveryDocAboveItAndSkipsBlocksBelowIt(int seed, int documents)
    {
        var (segment, ordinal, frequencies) = SkewedSegment(seed, documents);
        var sorted = frequencies.Values.Order().ToArray();
        foreach (var ceiling in new[] { -1f, (float)sorted[sorted.Length / 2], (float)sorted[^10], (float)sorted[^1] })
        {
            var walked = new List<int>();
            var cursor = new PostingCursor(segment, ordinal);
            while (cursor.NextAbove(ceiling) != PostingCursor.NoMoreDocs)
            {
                walked.Add(cursor.Doc);
            }

            var above = frequencies.Where(f => f.Value > ceiling).Select(f => f.Key).ToList();
            Assert.Empty(above.Except(walked));
            Assert.Empty(walked.Except(frequencies.Keys));
            Assert.Equal(walked.Order(), walked);
            if (ceiling < 0)
            {
                Assert.Equal(frequencies.Keys, walked);
            }
            else if (ceiling >= sorted[^10])
            {
                // Only a few postings beat the ceiling, so most blocks have none.
                Assert.True(walked.Count < frequencies.Count / 2, $"ceiling {ceiling}: {walked.Count} of {frequencies.Count} walked");
            }
        }
    }

    [Fact]
    public void BlockCodec_ExtremeWidths_RoundTrip()
    {
        var gaps = Enumerable.Range(0, PostingBlockCodec.Size).Select(i => i == 7 ? 1 << 30 : 1).ToArray();
        var tfs = new int[PostingBlockCodec.Size * 3];
        tfs[5] = int.MaxValue; // field 2 of posting 1: full 31 bits; field 0 and 1 widths stay small or zero
        tfs[0] = 1;
        var buffer = new byte[PostingBlockCodec.MaxLength(3)];

        var length = PostingBlockCodec.Encode(gaps, tfs, 3, buffer);
        var position = 0;
        var docs = new int[PostingBlockCodec.Size];
        var decodedTfs = new int[tfs.Length];
        PostingBlockCodec.Decode(buffer, ref position, 3, previousDoc: -1, docs, decodedTfs);

        Assert.Equal(length, position);
        Assert.Equal(tfs, decodedTfs);
        Assert.Equal(0, docs[0]);
        Assert.Equal(6, docs[6]);
        Assert.Equal(6 + (1 << 30), docs[7]);
        Assert.Equal(docs[7] + PostingBlockCodec.Size - 8, docs[^1]);
    }

    /// <summary>A segment whose term "x" has several blocks and skewed frequencies, with each doc's pseudo-frequency computed here.</summary>
    private static (Segment Segment, int Ordinal, SortedDictionary<int, double> Frequencies) SkewedSegment(int seed, int documents)
    {
        var random = new Random(seed);
        var docs = new List<MatchDocument>();
        for (var d = 0; d < documents; d++)
        {
            var title = random.Next(4) == 0 ? random.Next(1, 4) : 0;
            var body = random.Next(3) == 0 ? 0 : random.Next(20) == 0 ? random.Next(2, 30) : 1;
            docs.Add(Docs.Of($"d{d}", Repeat("x", title) + Repeat("t", random.Next(0, 6)), Repeat("x", body) + Repeat("b", random.Next(1, 80))));
        }

        var segment = Build(docs);
        Assert.True(segment.TryGetTerm("x", out var ordinal));
        var averages = Enumerable.Range(0, 2).Select(f => Math.Max(1d, (double)segment.LengthSums[f] / segment.DocCount)).ToArray();
        Assert.Equal(averages, segment.Bounds.BuildAverages);
        var frequencies = new SortedDictionary<int, double>();
        var cursor = new PostingCursor(segment, ordinal);
        while (cursor.Next() != PostingCursor.NoMoreDocs)
        {
            var pseudo = 0d;
            for (var f = 0; f < 2; f++)
            {
                var field = Docs.TitleBody.Fields[f];
                pseudo += field.Weight * cursor.Tfs[f] / (1 - field.B + (field.B * segment.Lengths[(cursor.Doc * 2) + f] / averages[f]));
            }

            frequencies[cursor.Doc] = pseudo;
        }

        return (segment, ordinal, frequencies);
    }

    private static string Repeat(string word, int times) => new StringBuilder().Insert(0, word + " ", times).ToString();

    private static Segment Build(IEnumerable<MatchDocument> documents)
    {
        var builder = new SegmentBuilder(Docs.TitleBody, SpaceAnalyzer.Instance);
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build();
    }
}
