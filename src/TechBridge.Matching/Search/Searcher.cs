using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>
/// Document-at-a-time top-k retrieval with MaxScore pruning (Turtle &amp; Flood): terms are ordered by their
/// score upper bound; once the k-th best score exceeds the sum of the smallest bounds, those terms can no
/// longer lift a document into the top k, so they are only probed for documents found through the others.
/// The cost of a common query therefore follows its rare terms, not the corpus size. Term bounds come from the segment's
/// stored maxima (<see cref="ScoreBounds"/>), and the cursors that yield candidates pass over whole posting blocks whose
/// bound cannot lift a document above the threshold (<see cref="BlockSkipping"/>), which is what keeps a lone common term cheap.
/// </summary>
internal sealed class Searcher(IndexSchema schema, IndexSnapshot snapshot)
{
    private readonly Bm25F bm25 = new(schema, snapshot);

    /// <summary>
    /// The top <paramref name="top"/> of each group in one pass over the postings: a document counts for the first of
    /// <paramref name="groups"/> whose filter it passes (in place of <see cref="SearchRequest.Filter"/>) and competes only
    /// within it. A term is skipped only while no group could still take a document through it, so a group that never
    /// fills keeps every term essential, but one pass costs what one search per group cost once, not once per group.
    /// </summary>
    public GroupHits[] TopK(IReadOnlyList<QueryTerm> query, SearchRequest request, IReadOnlyList<SearchFilter> groups, int top)
    {
        var idfs = query.Select(t => bm25.Idf(snapshot.DocFreq(t.Key))).ToArray();
        var state = new PassState(groups, top, FacetMatcher.MaxBoost(request.Boosts));
        for (var s = 0; s < snapshot.Segments.Count; s++)
        {
            SearchSegment(s, query, idfs, request, state);
        }

        return [.. state.Heaps.Select((heap, g) =>
        {
            var hits = new List<(float Score, int Segment, int Doc)>(heap.Count);
            while (heap.Count > 0)
            {
                hits.Add(heap.Dequeue());
            }

            hits.Reverse();
            return new GroupHits(hits, state.Matched[g]);
        })];
    }

    private void SearchSegment(int segmentIndex, IReadOnlyList<QueryTerm> query, float[] idfs, SearchRequest request, PassState state)
    {
        var segment = snapshot.Segments[segmentIndex];
        var deleted = snapshot.Deleted[segmentIndex];
        var maxBoost = state.MaxBoost;
        var scale = bm25.BoundScale(segment);
        var cursors = new List<(PostingCursor Cursor, float Weight, float Bound)>();
        for (var t = 0; t < query.Count; t++)
        {
            if (segment.TryGetTerm(query[t].Key, out var ordinal))
            {
                var weight = query[t].Weight * idfs[t];
                var bound = bm25.TermBound(weight, segment.Bounds.TermMax[ordinal], scale);
                cursors.Add((new PostingCursor(segment, ordinal), weight, bound * maxBoost));
            }
        }

        if (cursors.Count == 0)
        {
            return;
        }

        cursors.Sort((a, b) => a.Bound.CompareTo(b.Bound));
        var n = cursors.Count;
        var list = cursors.Select(c => c.Cursor).ToArray();
        var weights = cursors.Select(c => c.Weight).ToArray();
        var prefix = new float[n];
        for (var i = 0; i < n; i++)
        {
            prefix[i] = cursors[i].Bound + (i > 0 ? prefix[i - 1] : 0);
        }

        foreach (var cursor in list)
        {
            cursor.Next();
        }

        var skipping = new BlockSkipping(bm25, scale, maxBoost, weights, [.. cursors.Select(c => c.Bound)]);

        var lengths = segment.Lengths;
        var fieldCount = segment.FieldCount;
        var firstEssential = FirstEssential(prefix, state.Threshold);
        skipping.Raise(state.Threshold);
        var exclude = request.Exclude;
        while (firstEssential < n)
        {
            var candidate = PostingCursor.NoMoreDocs;
            for (var i = firstEssential; i < n; i++)
            {
                if (list[i].Doc < candidate)
                {
                    candidate = list[i].Doc;
                }
            }

            if (candidate == PostingCursor.NoMoreDocs)
            {
                break;
            }

            var group = IndexSnapshot.IsDeleted(deleted, candidate) || (exclude is not null && exclude.Contains(segment.Ids[candidate]))
                ? -1
                : state.GroupOf(segment.Facets[candidate]);
            var score = 0f;
            var lengthOffset = candidate * fieldCount;
            for (var i = firstEssential; i < n; i++)
            {
                if (list[i].Doc == candidate)
                {
                    if (group >= 0)
                    {
                        score += weights[i] * bm25.Saturate(bm25.PseudoFrequency(list[i].Tfs, lengths, lengthOffset));
                    }

                    list[i].NextAbove(skipping.Ceilings[i]);
                }
            }

            if (group < 0)
            {
                continue;
            }

            state.Matched[group]++;
            var heap = state.Heaps[group];
            var groupThreshold = state.Thresholds[group];
            var full = heap.Count >= state.Top;
            var boost = FacetMatcher.Boost(request.Boosts, segment.Facets[candidate]);
            for (var i = firstEssential - 1; i >= 0; i--)
            {
                if (full && (score + (prefix[i] / maxBoost)) * boost <= groupThreshold)
                {
                    break;
                }

                if (list[i].Advance(candidate) == candidate)
                {
                    score += weights[i] * bm25.Saturate(bm25.PseudoFrequency(list[i].Tfs, lengths, lengthOffset));
                }
            }

            score *= boost;
            if (!full || score > groupThreshold)
            {
                heap.Enqueue((score, segmentIndex, candidate), (score, segmentIndex, candidate));
                if (heap.Count > state.Top)
                {
                    heap.Dequeue();
                }

                if (heap.Count >= state.Top && state.Raise(group, heap.Peek().Score))
                {
                    firstEssential = FirstEssential(prefix, state.Threshold);
                    skipping.Raise(state.Threshold);
                }
            }
        }
    }

    /// <summary>The first term whose bound, added to all smaller bounds, could beat the threshold.</summary>
    private static int FirstEssential(float[] prefix, float threshold)
    {
        var i = 0;
        while (i < prefix.Length && prefix[i] <= threshold)
        {
            i++;
        }

        return i;
    }

    /// <summary>Min-heap order: lowest score first; ties broken so the result order is deterministic (earlier doc wins).</summary>
    private sealed class ScoreOrder : IComparer<(float Score, int Segment, int Doc)>
    {
        public static readonly ScoreOrder Instance = new();

        public int Compare((float Score, int Segment, int Doc) x, (float Score, int Segment, int Doc) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var bySegment = y.Segment.CompareTo(x.Segment);
            return bySegment != 0 ? bySegment : y.Doc.CompareTo(x.Doc);
        }
    }

    /// <summary>The heaps, thresholds and match counts of one pass, per group.</summary>
    private sealed class PassState
    {
        private readonly IReadOnlyList<SearchFilter> groups;

        public PassState(IReadOnlyList<SearchFilter> groups, int top, float maxBoost)
        {
            this.groups = groups;
            Top = top;
            MaxBoost = maxBoost;
            Heaps = [.. groups.Select(_ => new PriorityQueue<(float Score, int Segment, int Doc), (float, int, int)>(top + 1, ScoreOrder.Instance))];
            Thresholds = new float[groups.Count];
            Matched = new long[groups.Count];
        }

        public int Top { get; }

        public float MaxBoost { get; }

        public PriorityQueue<(float Score, int Segment, int Doc), (float, int, int)>[] Heaps { get; }

        /// <summary>Each group's k-th best score once its heap is full, else 0.</summary>
        public float[] Thresholds { get; }

        public long[] Matched { get; }

        /// <summary>The score a document must beat to enter any group: the lowest group threshold (0 while any group has room).</summary>
        public float Threshold { get; private set; }

        public int GroupOf(DocumentFacets facets)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                if (FacetMatcher.Passes(groups[g], facets))
                {
                    return g;
                }
            }

            return -1;
        }

        /// <summary>Records a full group's new k-th score; true when that raised <see cref="Threshold"/>.</summary>
        public bool Raise(int group, float threshold)
        {
            Thresholds[group] = threshold;
            var lowest = float.MaxValue;
            for (var g = 0; g < Heaps.Length; g++)
            {
                lowest = Math.Min(lowest, Heaps[g].Count >= Top ? Thresholds[g] : 0f);
            }

            var raised = lowest > Threshold;
            Threshold = lowest;
            return raised;
        }
    }
}

/// <summary>One group's hits, best first, and how many documents of the group matched.</summary>
internal sealed record GroupHits(List<(float Score, int Segment, int Doc)> Hits, long Matched);
