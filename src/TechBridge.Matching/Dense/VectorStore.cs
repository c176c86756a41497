using System.Diagnostics.CodeAnalysis;
using System.Numerics.Tensors;

namespace TechBridge.Matching.Dense;

/// <summary>
/// Dense vectors beside the text index: one L2-normalised vector per document id in one contiguous
/// <c>float[]</c> (rows of <see cref="Dimensions"/>), exact top-k cosine search with SIMD
/// (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>, which is the cosine because
/// every row is normalised). Thread-safe: writes are serialised by a lock and publish a new immutable
/// snapshot; searches read the current snapshot and are never blocked. A replaced or deleted row is
/// marked dead and reclaimed when the block is compacted (on growth, or when dead rows outnumber live ones).
/// </summary>
public sealed class VectorStore
{
    private const int MinCapacity = 16;
    private const int CompactAfterDeadRows = 64;
    private readonly Lock writeLock = new();
    private readonly Dictionary<string, int> rowsById = new(StringComparer.Ordinal);
    private volatile VectorSnapshot current = VectorSnapshot.Empty;

    public VectorStore(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
    }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>Number of documents with a vector (as of the latest write).</summary>
    public int Count => current.Live;

    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (writeLock)
        {
            return rowsById.ContainsKey(id);
        }
    }

    /// <summary>A copy of the stored (normalised) vector of <paramref name="id"/>.</summary>
    public bool TryGetVector(string id, [NotNullWhen(true)] out float[]? vector)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (writeLock)
        {
            if (!rowsById.TryGetValue(id, out var row))
            {
                vector = null;
                return false;
            }

            vector = current.Data.AsSpan(row * Dimensions, Dimensions).ToArray();
            return true;
        }
    }

    /// <summary>Stores <paramref name="vector"/> (normalised here) for <paramref name="id"/>, replacing any earlier one.</summary>
    /// <exception cref="ArgumentException">Wrong length, a non-finite value, or all zeros.</exception>
    public void Upsert(string id, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(id);
        var normalised = Normalise(vector, nameof(vector));
        lock (writeLock)
        {
            var draft = new VectorDraft(current, Dimensions, rowsById);
            draft.EnsureRoom(1);
            draft.Put(id, normalised);
            Publish(draft);
        }
    }

    /// <summary>Stores many vectors with one publication (e.g. the output of <see cref="IEmbeddingProvider.EmbedAsync"/>).</summary>
    public void UpsertRange(IReadOnlyList<string> ids, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(vectors);
        if (ids.Count != vectors.Count)
        {
            throw new ArgumentException($"{ids.Count} ids but {vectors.Count} vectors.", nameof(vectors));
        }

        var normalised = new float[vectors.Count][];
        for (var i = 0; i < vectors.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(ids[i], nameof(ids));
            normalised[i] = Normalise(vectors[i], nameof(vectors));
        }

        lock (writeLock)
        {
            var draft = new VectorDraft(current, Dimensions, rowsById);
            draft.EnsureRoom(ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                draft.Put(ids[i], normalised[i]);
            }

            Publish(draft);
        }
    }

    /// <summary>Removes the vector of <paramref name="id"/>; false when there is none.</summary>
    public bool Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (writeLock)
        {
            var draft = new VectorDraft(current, Dimensions, rowsById);
            if (!draft.Remove(id))
            {
                return false;
            }

            Publish(draft);
            return true;
        }
    }

    public void Clear()
    {
        lock (writeLock)
        {
            rowsById.Clear();
            current = VectorSnapshot.Empty;
        }
    }

    /// <summary>
    /// The <paramref name="top"/> stored vectors most similar (cosine) to <paramref name="query"/>, best first;
    /// equal scores are ordered by id (ordinal). <paramref name="filter"/>, when given, admits ids; it is asked only
    /// about candidates good enough to enter the top-k. A zero query matches nothing.
    /// </summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top, Func<string, bool>? filter = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions, the store {Dimensions}.", nameof(query));
        }

        var norm = TensorPrimitives.Norm(query);
        var snapshot = current;
        if (top <= 0 || snapshot.Live == 0 || !(norm > 0f) || !float.IsFinite(norm))
        {
            return [];
        }

        var q = new float[Dimensions];
        TensorPrimitives.Divide(query, norm, q);
        var heap = new TopKHeap(Math.Min(top, snapshot.Live));
        var data = snapshot.Data.AsSpan();
        for (var row = 0; row < snapshot.Rows; row++)
        {
            if (snapshot.IsDead(row))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(data.Slice(row * Dimensions, Dimensions), q);
            var id = snapshot.Ids[row]!;
            if (heap.Admits(score, id) && (filter is null || filter(id)))
            {
                heap.Add(score, id);
            }
        }

        return heap.Drain();
    }

    /// <summary>Writes the current vectors to <paramref name="path"/> (atomically), tagged with <paramref name="fingerprint"/> (e.g. the model name).</summary>
    public void Save(string path, string fingerprint = "") => VectorStoreFile.Save(current, Dimensions, path, fingerprint);

    /// <summary>
    /// Replaces the contents with the file's; false (with the reason) when the file is missing, damaged, of another
    /// format version, another dimension or another <paramref name="fingerprint"/>. Never throws for a bad file.
    /// </summary>
    public bool TryLoad(string path, string fingerprint, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (!VectorStoreFile.TryRead(path, Dimensions, fingerprint, out var ids, out var data, out reason))
        {
            return false;
        }

        lock (writeLock)
        {
            rowsById.Clear();
            for (var i = 0; i < ids.Length; i++)
            {
                rowsById[ids[i]] = i;
            }

            var capacity = Math.Max(MinCapacity, ids.Length);
            var block = new float[capacity * Dimensions];
            data.CopyTo(block, 0);
            var slots = new string?[capacity];
            ids.CopyTo(slots, 0);
            current = new VectorSnapshot(block, slots, ids.Length, new ulong[(capacity + 63) / 64], ids.Length);
        }

        return true;
    }

    private float[] Normalise(ReadOnlySpan<float> vector, string parameter)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} dimensions, the store {Dimensions}.", parameter);
        }

        var norm = TensorPrimitives.Norm(vector);
        if (!(norm > 0f) || !float.IsFinite(norm))
        {
            throw new ArgumentException("The vector must be finite and not all zeros.", parameter);
        }

        var normalised = new float[Dimensions];
        TensorPrimitives.Divide(vector, norm, normalised);
        return normalised;
    }

    private void Publish(VectorDraft draft)
    {
        var dead = draft.Rows - draft.Live;
        if (dead >= CompactAfterDeadRows && dead > draft.Live)
        {
            draft.Compact(Math.Max(MinCapacity, draft.Live * 2));
        }

        current = draft.ToSnapshot();
    }

    /// <summary>The writer's working copy of the snapshot; everything it changes is invisible until published.</summary>
    private sealed class VectorDraft(VectorSnapshot source, int dims, Dictionary<string, int> rowsById)
    {
        private float[] data = source.Data;
        private string?[] ids = source.Ids;
        private ulong[] dead = source.Dead;
        private bool deadIsPrivate;

        public int Rows { get; private set; } = source.Rows;

        public int Live { get; private set; } = source.Live;

        public void EnsureRoom(int extraRows)
        {
            if (Rows + extraRows > ids.Length)
            {
                Compact(Math.Max(MinCapacity, (Live + extraRows) * 2));
            }
        }

        /// <summary>Appends the row (room must have been ensured) and retires the id's previous row.</summary>
        public void Put(string id, float[] normalised)
        {
            if (rowsById.TryGetValue(id, out var previous))
            {
                Kill(previous);
            }

            var row = Rows;
            normalised.CopyTo(data, row * dims);
            ids[row] = id;
            rowsById[id] = row;
            Rows++;
            Live++;
        }

        public bool Remove(string id)
        {
            if (!rowsById.Remove(id, out var row))
            {
                return false;
            }

            Kill(row);
            return true;
        }

        /// <summary>Copies the live rows, in order, into fresh arrays of <paramref name="capacity"/> rows.</summary>
        public void Compact(int capacity)
        {
            var newData = new float[capacity * dims];
            var newIds = new string?[capacity];
            var live = 0;
            for (var row = 0; row < Rows; row++)
            {
                if ((dead[row >> 6] & (1UL << row)) != 0)
                {
                    continue;
                }

                Array.Copy(data, row * dims, newData, live * dims, dims);
                newIds[live] = ids[row];
                rowsById[ids[row]!] = live;
                live++;
            }

            data = newData;
            ids = newIds;
            dead = new ulong[(capacity + 63) / 64];
            deadIsPrivate = true;
            Rows = live;
            Live = live;
        }

        public VectorSnapshot ToSnapshot() => new(data, ids, Rows, dead, Live);

        private void Kill(int row)
        {
            if (!deadIsPrivate)
            {
                dead = (ulong[])dead.Clone();
                deadIsPrivate = true;
            }

            dead[row >> 6] |= 1UL << row;
            Live--;
        }
    }
}
