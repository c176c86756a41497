using TechBridge.Matching.Index;

namespace TechBridge.Matching.Tests.Index;

public sealed class PostingCodecTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void EncodeThenRead_MixedPostings_RoundTripsEveryGapAndFrequency(int fieldCount)
    {
        var bits = PostingCodec.FieldBits(fieldCount);
        var random = new Random(fieldCount);
        var expected = new List<(int Gap, int[] Tfs)>();
        for (var i = 0; i < 2_000; i++)
        {
            var tfs = new int[fieldCount];
            var shape = random.Next(4);
            if (shape == 0)
            {
                tfs[random.Next(fieldCount)] = 1; // the compact one-varint case
            }
            else
            {
                for (var f = 0; f < fieldCount; f++)
                {
                    tfs[f] = random.Next(3) == 0 ? 0 : random.Next(1, shape == 3 ? 100_000 : 4);
                }

                tfs[random.Next(fieldCount)] = Math.Max(1, tfs[0]);
            }

            var gap = random.Next(3) switch { 0 => 1, 1 => random.Next(1, 200), _ => random.Next(1, int.MaxValue) };
            expected.Add((gap, tfs));
        }

        var buffer = new byte[expected.Count * PostingCodec.MaxEncodedLength];
        var length = 0;
        foreach (var (gap, tfs) in expected)
        {
            length += PostingCodec.Encode(buffer.AsSpan(length), gap, tfs, bits);
        }

        var position = 0;
        var read = new int[fieldCount];
        foreach (var (gap, tfs) in expected)
        {
            Assert.Equal(gap, PostingCodec.Read(buffer.AsSpan(0, length), ref position, read, bits));
            Assert.Equal(tfs, read);
        }

        Assert.Equal(length, position);
    }

    [Fact]
    public void Encode_OneOccurrenceInOneField_TakesOneByteForSmallGaps()
    {
        var buffer = new byte[PostingCodec.MaxEncodedLength];

        var length = PostingCodec.Encode(buffer, 5, [0, 1, 0, 0], PostingCodec.FieldBits(4));

        Assert.Equal(1, length);
    }
}
