namespace TechBridge.Matching.Index;

/// <summary>
/// Walks one term's postings in a segment in doc order: its full blocks (see <see cref="PostingBlockCodec"/>) a
/// whole block at a time, then the varint tail posting by posting. Advancing jumps over whole blocks through the skip
/// entries (each block's last doc) without decoding them; <see cref="NextAbove"/> also jumps over blocks whose
/// largest pseudo-frequency (<see cref="ScoreBounds"/>) is too small to matter.
/// </summary>
internal sealed class PostingCursor
{
    public const int NoMoreDocs = int.MaxValue;

    private readonly Segment segment;
    private readonly byte[] data;
    private readonly int start;
    private readonly int end;
    private readonly int skipFrom;
    private readonly int blockCount;
    private readonly int fieldCount;
    private readonly int[] blockDocs;
    private readonly int[] blockTfs;
    private readonly float[] blockMax;
    private readonly float termMax;

    /// <summary>The next full block to decode; <see cref="blockCount"/> once in the tail.</summary>
    private int nextBlock;

    /// <summary>Index of the current posting in the decoded block; <see cref="PostingBlockCodec.Size"/> when none is loaded.</summary>
    private int inBlock = PostingBlockCodec.Size;

    /// <summary>Where the next block or tail posting starts in <see cref="data"/>.</summary>
    private int position;

    public PostingCursor(Segment segment, int ordinal)
    {
        this.segment = segment;
        data = segment.Postings;
        start = segment.PostingStarts[ordinal];
        end = segment.PostingStarts[ordinal + 1];
        skipFrom = segment.SkipStarts[ordinal];
        blockCount = segment.SkipStarts[ordinal + 1] - skipFrom;
        fieldCount = segment.FieldCount;
        blockMax = segment.Bounds.BlockMax;
        termMax = segment.Bounds.TermMax[ordinal];
        position = start;
        Doc = -1;
        Tfs = new int[fieldCount];
        if (blockCount > 0)
        {
            blockDocs = new int[PostingBlockCodec.Size];
            blockTfs = new int[PostingBlockCodec.Size * fieldCount];
        }
        else
        {
            blockDocs = blockTfs = [];
        }
    }

    public int Doc { get; private set; }

    /// <summary>Term frequency per field for the current doc (0 where the field lacks the term).</summary>
    public int[] Tfs { get; }

    public int Next()
    {
        if (inBlock + 1 < PostingBlockCodec.Size)
        {
            return Take(++inBlock);
        }

        if (nextBlock < blockCount)
        {
            LoadBlock();
            return Take(0);
        }

        inBlock = PostingBlockCodec.Size;
        if (position >= end)
        {
            return Doc = NoMoreDocs;
        }

        return Doc += PostingCodec.Read(data, ref position, Tfs, segment.FieldBits);
    }

    /// <summary>
    /// Moves to the next doc, but passes over the rest of the loaded block, whole blocks and the tail when their largest
    /// pseudo-frequency is at most <paramref name="ceiling"/> (in the segment's build-time units): none of their postings
    /// can then score enough. A negative ceiling skips nothing.
    /// </summary>
    public int NextAbove(float ceiling)
    {
        if (inBlock < PostingBlockCodec.Size && blockMax[skipFrom + nextBlock - 1] <= ceiling)
        {
            Doc = blockDocs[^1];
            inBlock = PostingBlockCodec.Size;
        }

        if (inBlock == PostingBlockCodec.Size)
        {
            var block = nextBlock;
            while (block < blockCount && blockMax[skipFrom + block] <= ceiling)
            {
                block++;
            }

            if (block > nextBlock)
            {
                Doc = segment.SkipDocs[skipFrom + block - 1];
                position = start + segment.SkipOffsets[skipFrom + block - 1];
                nextBlock = block;
            }

            if (nextBlock == blockCount && termMax <= ceiling)
            {
                position = end;
                return Doc = NoMoreDocs;
            }
        }

        return Next();
    }

    /// <summary>Moves to the first doc ≥ <paramref name="target"/>.</summary>
    public int Advance(int target)
    {
        if (Doc >= target)
        {
            return Doc;
        }

        // Within the loaded block when its last doc reaches the target.
        if (inBlock < PostingBlockCodec.Size && blockDocs[^1] >= target)
        {
            while (blockDocs[++inBlock] < target)
            {
            }

            return Take(inBlock);
        }

        // The rest of a loaded block is all below the target: leave it (the position is already past it).
        if (inBlock < PostingBlockCodec.Size)
        {
            Doc = blockDocs[^1];
            inBlock = PostingBlockCodec.Size;
        }

        // Whole blocks that end before the target are skipped without decoding.
        var block = nextBlock;
        while (block < blockCount && segment.SkipDocs[skipFrom + block] < target)
        {
            block++;
        }

        if (block > nextBlock)
        {
            Doc = segment.SkipDocs[skipFrom + block - 1];
            position = start + segment.SkipOffsets[skipFrom + block - 1];
            nextBlock = block;
            inBlock = PostingBlockCodec.Size;
        }

        while (Next() < target)
        {
        }

        return Doc;
    }

    private void LoadBlock()
    {
        PostingBlockCodec.Decode(data, ref position, fieldCount, Doc, blockDocs, blockTfs);
        nextBlock++;
    }

    private int Take(int index)
    {
        inBlock = index;
        blockTfs.AsSpan(index * fieldCount, fieldCount).CopyTo(Tfs);
        return Doc = blockDocs[index];
    }
}
