using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>
/// Document-at-a-time top-k retrieval with MaxScore pruning (Turtle &amp; Flood): terms are ordered by their
/// score upper bound; once the k-th best score exceeds the sum of the smallest bounds, those terms can no
/// longer lift a document into the top k, so they are only probed for documents found through the others.
/// The cost of a common query therefore follows its rare terms, not the corpus size.
/// </summary>
internal sealed class Searcher(IndexSchema schema, IndexSnapshot snapshot)
{
    private readonly Bm25F bm25 = new(schema, snapshot);

    public (List<(float Score, int Segment, int Doc)> Hits, long Matched) TopK(IReadOnlyList<QueryTerm> query, SearchRequest request, int top)
    {
        var idfs = query.Select(t => bm25.Idf(snapshot.DocFreq(t.Key))).ToArray();
        var maxBoost = FacetMatcher.MaxBoost(request.Boosts);
        var heap = new PriorityQueue<(float Score, int Segment, int Doc), (float, int, int)>(top + 1, ScoreOrder.Instance);
        long matched = 0;
        var threshold = 0f;
        for (var s = 0; s < snapshot.Segments.Count; s++)
        {
            matched += SearchSegment(s, query, idfs, maxBoost, request, top, heap, ref threshold);
        }

        var hits = new List<(float, int, int)>(heap.Count);
        while (heap.Count > 0)
        {
            hits.Add(heap.Dequeue());
        }

        hits.Reverse();
        return (hits, matched);
    }

    private long SearchSegment(
        int segmentIndex, IReadOnlyList<QueryTerm> query, float[] idfs, float maxBoost, SearchRequest request, int top,
        PriorityQueue<(float Score, int Segment, int Doc), (float, int, int)> heap, ref float threshold)
    {
        var segment = snapshot.Segments[segmentIndex];
        var deleted = snapshot.Deleted[segmentIndex];
        var cursors = new List<(PostingCursor Cursor, float Weight, float Bound)>();
        for (var t = 0; t < query.Count; t++)
        {
            if (segment.TryGetTerm(query[t].Key, out var ordinal))
            {
                var weight = query[t].Weight * idfs[t];
                cursors.Add((new PostingCursor(segment, ordinal), weight, bm25.UpperBound(weight, 1f) * maxBoost));
            }
        }

        if (cursors.Count == 0)
        {
            return 0;
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

        var lengths = segment.Lengths;
        var fieldCount = segment.FieldCount;
        var firstEssential = FirstEssential(prefix, threshold);
        long matched = 0;
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

            var skip = IndexSnapshot.IsDeleted(deleted, candidate)
                || !FacetMatcher.Passes(request.Filter, segment.Facets[candidate])
                || (exclude is not null && exclude.Contains(segment.Ids[candidate]));
            var score = 0f;
            var lengthOffset = candidate * fieldCount;
            for (var i = firstEssential; i < n; i++)
            {
                if (list[i].Doc == candidate)
                {
                    if (!skip)
                    {
                        score += weights[i] * bm25.Saturate(bm25.PseudoFrequency(list[i].Tfs, lengths, lengthOffset));
                    }

                    list[i].Next();
                }
            }

            if (skip)
            {
                continue;
            }

            matched++;
            var boost = FacetMatcher.Boost(request.Boosts, segment.Facets[candidate]);
            for (var i = firstEssential - 1; i >= 0; i--)
            {
                if ((score + (prefix[i] / maxBoost)) * boost <= threshold && heap.Count >= top)
                {
                    break;
                }

                if (list[i].Advance(candidate) == candidate)
                {
                    score += weights[i] * bm25.Saturate(bm25.PseudoFrequency(list[i].Tfs, lengths, lengthOffset));
                }
            }

            score *= boost;
            if (heap.Count < top || score > threshold)
            {
                heap.Enqueue((score, segmentIndex, candidate), (score, segmentIndex, candidate));
                if (heap.Count > top)
                {
                    heap.Dequeue();
                }

                if (heap.Count >= top)
                {
                    threshold = heap.Peek().Score;
                    firstEssential = FirstEssential(prefix, threshold);
                }
            }
        }

        return matched;
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
}
