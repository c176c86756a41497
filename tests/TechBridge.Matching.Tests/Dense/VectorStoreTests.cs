using TechBridge.Matching.Dense;

namespace TechBridge.Matching.Tests.Dense;

public sealed class VectorStoreTests
{
    private const int Dims = 48;

    [Fact]
    public void Search_RandomVectors_MatchesBruteForce()
    {
        var random = new Random(20240611);
        var (store, vectors) = Filled(random, 3000);

        for (var q = 0; q < 25; q++)
        {
            var query = RandomVectors.Next(random, Dims);
            AssertSameAsBruteForce(RandomVectors.BruteForce(vectors, query, 10), store.Search(query, 10));
        }
    }

    [Fact]
    public void Search_WithFilter_ReturnsBestAdmittedOnly()
    {
        var random = new Random(7);
        var (store, vectors) = Filled(random, 1000);
        var asked = 0;
        bool Even(string id)
        {
            Interlocked.Increment(ref asked);
            return int.Parse(id.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture) % 2 == 0;
        }

        var query = RandomVectors.Next(random, Dims);
        var hits = store.Search(query, 20, Even);
        var askedByStore = asked;

        AssertSameAsBruteForce(RandomVectors.BruteForce(vectors, query, 20, Even), hits);
        Assert.InRange(askedByStore, 20, 999); // asked only about candidates good enough to enter the top-k
    }

    [Fact]
    public void Search_TopLargerThanCount_ReturnsEverythingSorted()
    {
        var (store, vectors) = Filled(new Random(3), 5);

        var hits = store.Search(vectors["doc-0"], 100);

        Assert.Equal(5, hits.Count);
        Assert.Equal("doc-0", hits[0].Id);
        Assert.Equal(1f, hits[0].Score, 1e-5f);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_EqualScores_OrderedByIdOrdinal()
    {
        var store = new VectorStore(2);
        foreach (var id in new[] { "b", "a", "c" })
        {
            store.Upsert(id, [1f, 1f]);
        }

        Assert.Equal(["a", "b"], store.Search([2f, 2f], 2).Select(h => h.Id));
    }

    [Fact]
    public void Upsert_ExistingId_ReplacesVectorAndKeepsCount()
    {
        var store = new VectorStore(3);
        store.Upsert("x", [1f, 0f, 0f]);
        store.Upsert("y", [0f, 1f, 0f]);

        store.Upsert("x", [0f, 0f, 5f]);

        Assert.Equal(2, store.Count);
        var hit = Assert.Single(store.Search([0f, 0f, 1f], 1));
        Assert.Equal(("x", 1f), (hit.Id, hit.Score));
        Assert.True(store.TryGetVector("x", out var stored));
        Assert.Equal([0f, 0f, 1f], stored); // normalised
        Assert.DoesNotContain(store.Search([1f, 0f, 0f], 5), h => h.Score > 0.5f);
    }

    [Fact]
    public void Delete_ExistingAndMissing_RemovesOnlyExisting()
    {
        var store = new VectorStore(2);
        store.Upsert("x", [1f, 0f]);
        store.Upsert("y", [0f, 1f]);

        Assert.True(store.Delete("x"));
        Assert.False(store.Delete("x"));
        Assert.False(store.Delete("nope"));

        Assert.Equal(1, store.Count);
        Assert.False(store.Contains("x"));
        Assert.Equal(["y"], store.Search([1f, 0f], 10).Select(h => h.Id));
    }

    [Fact]
    public void Delete_MostDocuments_CompactsAndStillMatchesBruteForce()
    {
        var random = new Random(11);
        var (store, vectors) = Filled(random, 500);
        foreach (var id in vectors.Keys.Where((_, i) => i % 5 != 0).ToList())
        {
            Assert.True(store.Delete(id));
            vectors.Remove(id);
        }

        foreach (var id in vectors.Keys.Take(20).ToList())
        {
            vectors[id] = RandomVectors.Next(random, Dims);
            store.Upsert(id, vectors[id]);
        }

        Assert.Equal(100, store.Count);
        var query = RandomVectors.Next(random, Dims);
        AssertSameAsBruteForce(RandomVectors.BruteForce(vectors, query, 15), store.Search(query, 15));
    }

    [Fact]
    public void UpsertRange_Batch_EqualsSingleUpserts()
    {
        var random = new Random(5);
        var ids = Enumerable.Range(0, 200).Select(i => $"doc-{i}").ToList();
        var vectors = ids.Select(_ => RandomVectors.Next(random, Dims)).ToList();
        var batched = new VectorStore(Dims);
        var single = new VectorStore(Dims);

        batched.UpsertRange(ids, vectors);
        for (var i = 0; i < ids.Count; i++)
        {
            single.Upsert(ids[i], vectors[i]);
        }

        var query = RandomVectors.Next(random, Dims);
        Assert.Equal(single.Search(query, 25), batched.Search(query, 25));
        Assert.Equal(200, batched.Count);
    }

    [Fact]
    public void Upsert_InvalidVectors_Throw()
    {
        var store = new VectorStore(3);

        Assert.Throws<ArgumentException>(() => store.Upsert("a", [1f, 2f]));
        Assert.Throws<ArgumentException>(() => store.Upsert("a", [0f, 0f, 0f]));
        Assert.Throws<ArgumentException>(() => store.Upsert("a", [float.NaN, 1f, 0f]));
        Assert.Throws<ArgumentException>(() => store.Search([1f, 0f], 3));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Search_ZeroQueryOrEmptyStore_ReturnsNothing()
    {
        var store = new VectorStore(2);
        Assert.Empty(store.Search([1f, 0f], 5));

        store.Upsert("a", [1f, 0f]);
        Assert.Empty(store.Search([0f, 0f], 5));
        Assert.Empty(store.Search([1f, 0f], 0));
    }

    [Fact]
    public async Task Search_DuringConcurrentWrites_AlwaysSeesConsistentSnapshots()
    {
        const int dims = 32;
        const int writes = 30_000;
        var random = new Random(99);
        var store = new VectorStore(dims);
        var stable = Enumerable.Range(0, 100).ToDictionary(i => $"stable-{i:D3}", _ => RandomVectors.Next(random, dims));
        store.UpsertRange([.. stable.Keys], [.. stable.Values]);
        var stableList = stable.ToList();
        var readersStarted = new CountdownEvent(2);
        var writerDone = 0;

        var readers = Enumerable.Range(0, 2).Select(r => Task.Factory.StartNew(
            () =>
            {
                readersStarted.Signal();
                var searches = 0;
                var rng = new Random(100 + r);
                while (Volatile.Read(ref writerDone) == 0 || searches < 50)
                {
                    var (id, vector) = stableList[rng.Next(stableList.Count)];
                    var hits = store.Search(vector, 10);
                    Assert.Equal(id, hits[0].Id);
                    Assert.Equal(1f, hits[0].Score, 1e-4f);
                    Assert.Equal(hits.Count, hits.Select(h => h.Id).Distinct().Count());
                    Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
                    searches++;
                }

                return searches;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToList();
        var writer = Task.Factory.StartNew(
            () =>
            {
                readersStarted.Wait(TimeSpan.FromSeconds(10));
                var rng = new Random(1);
                for (var i = 0; i < writes; i++)
                {
                    var id = $"churn-{rng.Next(400)}";
                    if (rng.Next(3) == 0)
                    {
                        store.Delete(id);
                    }
                    else
                    {
                        store.Upsert(id, RandomVectors.Next(rng, dims));
                    }
                }

                Volatile.Write(ref writerDone, 1);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        await writer;
        var searches = await Task.WhenAll(readers);
        readersStarted.Dispose();

        Assert.All(searches, s => Assert.True(s >= 50));
        Assert.InRange(store.Count, 101, 500);
        Assert.All(stable.Keys, id => Assert.True(store.Contains(id)));
    }

    private static (VectorStore Store, Dictionary<string, float[]> Vectors) Filled(Random random, int count)
    {
        var store = new VectorStore(Dims);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            vectors[$"doc-{i}"] = RandomVectors.Next(random, Dims);
            store.Upsert($"doc-{i}", vectors[$"doc-{i}"]);
        }

        return (store, vectors);
    }

    /// <summary>Same scores (to float precision) in the same order; ids must agree wherever scores are not near-ties.</summary>
    private static void AssertSameAsBruteForce(List<(string Id, double Score)> expected, IReadOnlyList<VectorHit> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Score, actual[i].Score, 1e-5);
            var nearTie = (i > 0 && expected[i - 1].Score - expected[i].Score < 1e-5)
                || (i + 1 < expected.Count && expected[i].Score - expected[i + 1].Score < 1e-5);
            if (!nearTie)
            {
                Assert.Equal(expected[i].Id, actual[i].Id);
            }
        }
    }
}
