using TechBridge.Matching.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// The in-memory inverted index. Writes (add, update, delete) are serialised by a lock and become visible
/// at <see cref="Refresh"/>, which seals pending documents into a segment and publishes a new
/// <see cref="IndexSnapshot"/>; searches read the current snapshot without any lock.
/// </summary>
public sealed class MatchIndex
{
    private readonly Lock writeLock = new();
    private readonly Dictionary<string, DocAddress> addresses = new(StringComparer.Ordinal);
    private readonly List<ulong[]> pendingDeletes = [];
    private SegmentBuilder pending;
    private volatile IndexSnapshot snapshot = IndexSnapshot.Empty;

    public MatchIndex(IndexSchema schema, IAnalyzer analyzer)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        pending = new SegmentBuilder(schema, analyzer);
    }

    public IndexSchema Schema { get; }

    public IAnalyzer Analyzer { get; }

    /// <summary>The latest published state; take it once per search.</summary>
    public IndexSnapshot Snapshot => snapshot;

    /// <summary>Number of live documents, including changes not yet refreshed.</summary>
    public int Count
    {
        get
        {
            lock (writeLock)
            {
                return addresses.Count;
            }
        }
    }

    /// <summary>Adds the document, replacing any document with the same id.</summary>
    public void Upsert(MatchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (writeLock)
        {
            RemoveLocked(document.Id);
            var local = pending.Add(document);
            addresses[document.Id] = new DocAddress(PendingSegment, local);
        }
    }

    /// <summary>Removes the document with this id; returns false when there is none.</summary>
    public bool Delete(string id)
    {
        lock (writeLock)
        {
            return RemoveLocked(id);
        }
    }

    public bool Contains(string id)
    {
        lock (writeLock)
        {
            return addresses.ContainsKey(id);
        }
    }

    /// <summary>Makes every change so far visible to searches.</summary>
    public void Refresh()
    {
        lock (writeLock)
        {
            RefreshLocked();
        }
    }

    /// <summary>
    /// Adds many documents and refreshes once (the fast path for a bulk build). Large batches are analysed and
    /// sealed into <paramref name="parallelism"/> segments at once, one per core; searches read any number of segments.
    /// </summary>
    public void AddRange(IEnumerable<MatchDocument> documents, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var workers = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        lock (writeLock)
        {
            if (workers == 1)
            {
                foreach (var document in documents)
                {
                    RemoveLocked(document.Id);
                    addresses[document.Id] = new DocAddress(PendingSegment, pending.Add(document));
                }

                RefreshLocked();
                return;
            }

            // Last version of each id wins, as with sequential upserts.
            var latest = new Dictionary<string, int>(StringComparer.Ordinal);
            var list = new List<MatchDocument>();
            foreach (var document in documents)
            {
                if (latest.TryGetValue(document.Id, out var at))
                {
                    list[at] = document;
                }
                else
                {
                    latest[document.Id] = list.Count;
                    list.Add(document);
                }
            }

            if (list.Count < ParallelThreshold)
            {
                foreach (var document in list)
                {
                    RemoveLocked(document.Id);
                    addresses[document.Id] = new DocAddress(PendingSegment, pending.Add(document));
                }

                RefreshLocked();
                return;
            }

            foreach (var document in list)
            {
                RemoveLocked(document.Id);
            }

            RefreshLocked(); // seal anything pending so the new segments come after it
            var chunk = (list.Count + workers - 1) / workers;
            var built = new Segment[workers];
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            {
                var builder = new SegmentBuilder(Schema, Analyzer);
                for (var i = w * chunk; i < Math.Min(list.Count, (w + 1) * chunk); i++)
                {
                    builder.Add(list[i]);
                }

                built[w] = builder.Build();
            });

            var segments = snapshot.Segments.ToList();
            foreach (var segment in built.Where(b => b.DocCount > 0))
            {
                var index = segments.Count;
                segments.Add(segment);
                for (var doc = 0; doc < segment.DocCount; doc++)
                {
                    addresses[segment.Id(doc)] = new DocAddress(index, doc);
                }
            }

            EnsureDeleteBitsets(segments);
            snapshot = new IndexSnapshot(segments, [.. pendingDeletes.Select(d => (ulong[])d.Clone())], snapshot.Version + 1);
        }
    }

    /// <summary>Below this many documents one segment is built on the calling thread.</summary>
    private const int ParallelThreshold = 20_000;

    /// <summary>Replaces the whole content with loaded segments (used when reading a snapshot file).</summary>
    internal void Load(IReadOnlyList<Segment> segments, IReadOnlyList<ulong[]> deleted)
    {
        lock (writeLock)
        {
            addresses.Clear();
            pendingDeletes.Clear();
            pending = new SegmentBuilder(Schema, Analyzer);
            for (var s = 0; s < segments.Count; s++)
            {
                for (var doc = 0; doc < segments[s].DocCount; doc++)
                {
                    if (!IndexSnapshot.IsDeleted(deleted[s], doc))
                    {
                        addresses[segments[s].Id(doc)] = new DocAddress(s, doc);
                    }
                }
            }

            pendingDeletes.AddRange(deleted.Select(d => (ulong[])d.Clone()));
            snapshot = new IndexSnapshot(segments, deleted, snapshot.Version + 1);
        }
    }

    private const int PendingSegment = -1;

    private bool RemoveLocked(string id)
    {
        if (!addresses.Remove(id, out var address))
        {
            return false;
        }

        if (address.Segment == PendingSegment)
        {
            // Still being built: seal what we have so the stale copy can be marked deleted like any other.
            RefreshLocked();
            address = new DocAddress(snapshot.Segments.Count - 1, address.Doc);
        }

        EnsureDeleteBitsets();
        var bits = pendingDeletes[address.Segment];
        bits[address.Doc >> 6] |= 1UL << address.Doc;
        return true;
    }

    private void RefreshLocked()
    {
        var current = snapshot;
        var segments = current.Segments.ToList();
        if (pending.DocCount > 0)
        {
            var sealedSegment = pending.Build();
            var index = segments.Count;
            segments.Add(sealedSegment);
            foreach (var key in addresses.Where(a => a.Value.Segment == PendingSegment).Select(a => a.Key).ToList())
            {
                addresses[key] = new DocAddress(index, addresses[key].Doc);
            }

            pending = new SegmentBuilder(Schema, Analyzer);
        }

        EnsureDeleteBitsets(segments);
        var deleted = pendingDeletes.Select(d => (ulong[])d.Clone()).ToArray();
        snapshot = new IndexSnapshot(segments, deleted, current.Version + 1);
    }

    private void EnsureDeleteBitsets(List<Segment>? segments = null)
    {
        IReadOnlyList<Segment> all = segments ?? snapshot.Segments;
        while (pendingDeletes.Count < all.Count)
        {
            pendingDeletes.Add(new ulong[(all[pendingDeletes.Count].DocCount + 63) / 64]);
        }
    }

    private readonly record struct DocAddress(int Segment, int Doc);
}
