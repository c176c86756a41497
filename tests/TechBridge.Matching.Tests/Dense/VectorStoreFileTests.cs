using TechBridge.Matching.Dense;

namespace TechBridge.Matching.Tests.Dense;

public sealed class VectorStoreFileTests : IDisposable
{
    private const int Dims = 16;
    private const string Model = "fake-embed-1";
    private readonly string directory = Directory.CreateTempSubdirectory("tb-vectors-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public void SaveThenTryLoad_StoreWithReplacementsAndDeletes_SearchesExactlyTheSame()
    {
        var random = new Random(42);
        var store = Build(random, 300);
        store.Upsert("doc-7", RandomVectors.Next(random, Dims));
        store.Delete("doc-8");
        store.Save(PathOf("vectors.tbv"), Model);
        var loaded = new VectorStore(Dims);

        var ok = loaded.TryLoad(PathOf("vectors.tbv"), Model, out var reason);

        Assert.True(ok, reason);
        Assert.Equal(299, loaded.Count);
        Assert.False(loaded.Contains("doc-8"));
        for (var q = 0; q < 10; q++)
        {
            var query = RandomVectors.Next(random, Dims);
            Assert.Equal(store.Search(query, 20), loaded.Search(query, 20));
        }

        loaded.Upsert("new", [1f, .. new float[Dims - 1]]);
        Assert.Equal("new", loaded.Search([1f, .. new float[Dims - 1]], 1)[0].Id);
    }

    [Fact]
    public void SaveThenTryLoad_EmptyStore_LoadsEmpty()
    {
        new VectorStore(Dims).Save(PathOf("empty.tbv"), Model);
        var loaded = Build(new Random(1), 3);

        Assert.True(loaded.TryLoad(PathOf("empty.tbv"), Model, out _));
        Assert.Equal(0, loaded.Count);
    }

    [Fact]
    public void TryLoad_FlippedByte_RefusesWithChecksumReasonAndKeepsContents()
    {
        Build(new Random(2), 50).Save(PathOf("vectors.tbv"), Model);
        var bytes = File.ReadAllBytes(PathOf("vectors.tbv"));
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(PathOf("vectors.tbv"), bytes);
        var target = Build(new Random(3), 5);

        var ok = target.TryLoad(PathOf("vectors.tbv"), Model, out var reason);

        Assert.False(ok);
        Assert.Contains("checksum", reason, StringComparison.Ordinal);
        Assert.Equal(5, target.Count);
    }

    [Fact]
    public void TryLoad_OtherModel_RefusesAsStale()
    {
        Build(new Random(4), 10).Save(PathOf("vectors.tbv"), "old-model");

        Assert.False(new VectorStore(Dims).TryLoad(PathOf("vectors.tbv"), Model, out var reason));
        Assert.Contains("stale", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_OtherDimensions_Refuses()
    {
        Build(new Random(5), 10).Save(PathOf("vectors.tbv"), Model);

        Assert.False(new VectorStore(Dims * 2).TryLoad(PathOf("vectors.tbv"), Model, out var reason));
        Assert.Contains("dimensions", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_OtherFormatVersion_Refuses()
    {
        Build(new Random(6), 10).Save(PathOf("vectors.tbv"), Model);
        var bytes = File.ReadAllBytes(PathOf("vectors.tbv"));
        BitConverter.GetBytes(99).CopyTo(bytes, 4);
        var body = bytes.AsSpan(0, bytes.Length - 32);
        System.Security.Cryptography.SHA256.HashData(body).CopyTo(bytes, bytes.Length - 32); // a valid checksum over the stale header
        File.WriteAllBytes(PathOf("vectors.tbv"), bytes);

        Assert.False(new VectorStore(Dims).TryLoad(PathOf("vectors.tbv"), Model, out var reason));
        Assert.Equal("format version 99, expected 1", reason);
    }

    [Fact]
    public void TryLoad_TruncatedForeignOrMissingFile_RefusesWithoutThrowing()
    {
        Build(new Random(7), 10).Save(PathOf("vectors.tbv"), Model);
        var whole = File.ReadAllBytes(PathOf("vectors.tbv"));
        File.WriteAllBytes(PathOf("short.tbv"), whole[..(whole.Length / 2)]);
        File.WriteAllBytes(PathOf("tiny.tbv"), whole[..20]);
        File.WriteAllText(PathOf("foreign.tbv"), new string('x', 200));
        var store = new VectorStore(Dims);

        Assert.False(store.TryLoad(PathOf("short.tbv"), Model, out var truncated));
        Assert.False(store.TryLoad(PathOf("foreign.tbv"), Model, out var foreign));
        Assert.False(store.TryLoad(PathOf("missing.tbv"), Model, out var missing));
        Assert.False(store.TryLoad(PathOf("tiny.tbv"), Model, out var tiny));

        Assert.Contains("checksum", truncated, StringComparison.Ordinal);
        Assert.Contains("checksum", foreign, StringComparison.Ordinal);
        Assert.Equal("no vector file", missing);
        Assert.Equal("file too short", tiny);
    }

    private static VectorStore Build(Random random, int count)
    {
        var store = new VectorStore(Dims);
        for (var i = 0; i < count; i++)
        {
            store.Upsert($"doc-{i}", RandomVectors.Next(random, Dims));
        }

        return store;
    }
}
