namespace TechBridge.Matching.Dense;

/// <summary>
/// A bounded min-heap keeping the best <c>k</c> (score, id) pairs: higher score is better, and of equal scores
/// the smaller id (ordinal) is better, so results do not depend on storage order.
/// </summary>
internal sealed class TopKHeap
{
    private readonly (float Score, string Id)[] items;
    private int count;

    public TopKHeap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        items = new (float, string)[capacity];
    }

    /// <summary>Whether a candidate would enter the heap (checked before a possibly costly filter).</summary>
    public bool Admits(float score, string id) => count < items.Length || Better(score, id, items[0].Score, items[0].Id);

    /// <summary>Adds a candidate that <see cref="Admits"/> accepted, evicting the worst when full.</summary>
    public void Add(float score, string id)
    {
        if (count < items.Length)
        {
            items[count] = (score, id);
            SiftUp(count++);
        }
        else
        {
            items[0] = (score, id);
            SiftDown(0);
        }
    }

    /// <summary>The kept hits, best first; empties the heap.</summary>
    public List<VectorHit> Drain()
    {
        var hits = new VectorHit[count];
        for (var i = count - 1; i >= 0; i--)
        {
            hits[i] = new VectorHit(items[0].Id, items[0].Score);
            items[0] = items[--count];
            SiftDown(0);
        }

        return [.. hits];
    }

    private static bool Better(float score, string id, float otherScore, string otherId) =>
        score > otherScore || (score == otherScore && string.CompareOrdinal(id, otherId) < 0);

    private bool Worse(int a, int b) => Better(items[b].Score, items[b].Id, items[a].Score, items[a].Id);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(i, parent))
            {
                return;
            }

            (items[i], items[parent]) = (items[parent], items[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < count && Worse(left, worst))
            {
                worst = left;
            }

            if (right < count && Worse(right, worst))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (items[i], items[worst]) = (items[worst], items[i]);
            i = worst;
        }
    }
}
