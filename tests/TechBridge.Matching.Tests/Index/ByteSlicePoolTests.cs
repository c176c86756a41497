using TechBridge.Matching.Index;

namespace TechBridge.Matching.Tests.Index;

public sealed class ByteSlicePoolTests
{
    [Fact]
    public void AppendThenCopyTo_ManyInterleavedStreams_EachReadsBackInOrder()
    {
        var pool = new ByteSlicePool();
        var random = new Random(7);
        var streams = new SliceStream[500];
        var expected = new List<byte>[streams.Length];
        for (var s = 0; s < streams.Length; s++)
        {
            pool.Start(ref streams[s]);
            expected[s] = [];
        }

        // Zipf-like: a few streams get most appends, so short, middle and very long chains (past the 4 KiB cap) all occur.
        for (var i = 0; i < 200_000; i++)
        {
            var s = (int)(streams.Length * Math.Pow(random.NextDouble(), 3));
            var chunk = new byte[random.Next(1, PostingCodec.MaxEncodedLength + 1)];
            random.NextBytes(chunk);
            pool.Append(ref streams[s], chunk);
            expected[s].AddRange(chunk);
        }

        for (var s = 0; s < streams.Length; s++)
        {
            Assert.Equal(expected[s].Count, streams[s].Length);
            var copy = new byte[streams[s].Length];
            pool.CopyTo(streams[s], copy);
            Assert.Equal(expected[s], copy);
        }
    }

    [Fact]
    public void CopyTo_EmptyStream_CopiesNothing()
    {
        var pool = new ByteSlicePool();
        var stream = default(SliceStream);
        pool.Start(ref stream);

        pool.CopyTo(stream, Span<byte>.Empty);

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Append_ChunkExactlyFillingASlice_NextAppendStartsANewSlice()
    {
        var pool = new ByteSlicePool();
        var stream = default(SliceStream);
        pool.Start(ref stream);
        byte[] first = [1, 2, 3, 4]; // the first slice holds 4 data bytes before its forward pointer
        byte[] second = [5, 6, 7];

        pool.Append(ref stream, first);
        pool.Append(ref stream, second);

        var copy = new byte[stream.Length];
        pool.CopyTo(stream, copy);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], copy);
    }
}
