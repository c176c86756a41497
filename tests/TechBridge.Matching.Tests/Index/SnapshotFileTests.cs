using System.Security.Cryptography;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Index;

public sealed class SnapshotFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tb-snapshot-").FullName;

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public void SaveThenLoad_IndexWithDeletes_SearchesExactlyTheSame()
    {
        var index = BuildIndex();
        SnapshotFile.Save(index, PathOf("index.tbx"));
        var loaded = Docs.NewIndex();

        var ok = SnapshotFile.TryLoad(loaded, PathOf("index.tbx"), out var reason);

        Assert.True(ok, reason);
        foreach (var query in new[] { "battery", "cathode coating", "lithium", "robot arm" })
        {
            var expected = new MatchEngine(index).Search(new SearchRequest(query) { Top = 50 }).Hits;
            var actual = new MatchEngine(loaded).Search(new SearchRequest(query) { Top = 50 }).Hits;
            Assert.Equal(expected, actual);
        }

        Assert.Equal(index.Count, loaded.Count);
        Assert.False(loaded.Contains("d3"));
        loaded.Upsert(Docs.Of("new", "battery battery"));
        loaded.Refresh();
        Assert.Equal("new", new MatchEngine(loaded).Search(new SearchRequest("battery")).Hits[0].Id);
    }

    [Fact]
    public void SaveThenLoad_Index_KeepsScoreBounds()
    {
        var index = BuildIndex();
        SnapshotFile.Save(index, PathOf("index.tbx"));
        var loaded = Docs.NewIndex();

        var ok = SnapshotFile.TryLoad(loaded, PathOf("index.tbx"), out var reason);

        Assert.True(ok, reason);
        var before = index.Snapshot.Segments;
        var after = loaded.Snapshot.Segments;
        Assert.Equal(before.Count, after.Count);
        for (var s = 0; s < before.Count; s++)
        {
            Assert.Equal(before[s].Bounds.BuildAverages, after[s].Bounds.BuildAverages);
            Assert.Equal(before[s].Bounds.TermMax, after[s].Bounds.TermMax);
            Assert.Equal(before[s].Bounds.BlockMax, after[s].Bounds.BlockMax);
        }

        Assert.Contains(after.SelectMany(s => s.Bounds.BlockMax), max => max > 0);
    }

    [Fact]
    public void SaveThenLoad_CostFacet_FiltersExactlyTheSame()
    {
        var index = BuildIndex();
        SnapshotFile.Save(index, PathOf("cost.tbx"));
        var loaded = Docs.NewIndex();
        Assert.True(SnapshotFile.TryLoad(loaded, PathOf("cost.tbx"), out var reason), reason);
        var request = new SearchRequest("lithium") { Top = 500, Filter = new SearchFilter { MaxCostKrw = 100_000_000 } };

        var expected = new MatchEngine(index).Search(request).Hits;
        var actual = new MatchEngine(loaded).Search(request).Hits;

        Assert.Equal(expected, actual);
        Assert.DoesNotContain(actual, h => h.Id == "d104"); // 104 million won: over the budget
        Assert.Contains(actual, h => h.Id == "d100"); // exactly the budget
        Assert.Contains(actual, h => h.Id == "d101"); // no price: stays
    }

    [Fact]
    public void TryLoad_FlippedByte_RefusesWithChecksumReason()
    {
        SnapshotFile.Save(BuildIndex(), PathOf("index.tbx"));
        var bytes = File.ReadAllBytes(PathOf("index.tbx"));
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(PathOf("index.tbx"), bytes);

        var ok = SnapshotFile.TryLoad(Docs.NewIndex(), PathOf("index.tbx"), out var reason);

        Assert.False(ok);
        Assert.Contains("checksum", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_TruncatedOrMissingFile_RefusesWithoutThrowing()
    {
        SnapshotFile.Save(BuildIndex(), PathOf("index.tbx"));
        File.WriteAllBytes(PathOf("short.tbx"), File.ReadAllBytes(PathOf("index.tbx"))[..40]);

        Assert.False(SnapshotFile.TryLoad(Docs.NewIndex(), PathOf("short.tbx"), out _));
        Assert.False(SnapshotFile.TryLoad(Docs.NewIndex(), PathOf("missing.tbx"), out var reason));
        Assert.Equal("no snapshot file", reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)] // a file from before the segments carried block-max bounds
    public void TryLoad_OtherFormatVersion_RefusesAsStale(int offset)
    {
        SnapshotFile.Save(BuildIndex(), PathOf("index.tbx"));
        var bytes = File.ReadAllBytes(PathOf("index.tbx"));
        var body = bytes[..^32];
        BitConverter.GetBytes(SnapshotFile.FormatVersion + offset).CopyTo(body, 4);
        File.WriteAllBytes(PathOf("index.tbx"), [.. body, .. SHA256.HashData(body)]);

        var ok = SnapshotFile.TryLoad(Docs.NewIndex(), PathOf("index.tbx"), out var reason);

        Assert.False(ok);
        Assert.StartsWith("format version", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_DifferentSchema_Refuses()
    {
        SnapshotFile.Save(BuildIndex(), PathOf("index.tbx"));
        var other = new MatchIndex(new IndexSchema([new FieldDefinition("title", 5f)]), SpaceAnalyzer.Instance);

        Assert.False(SnapshotFile.TryLoad(other, PathOf("index.tbx"), out var reason));
        Assert.Equal("built with a different schema", reason);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static MatchIndex BuildIndex()
    {
        var index = Docs.NewIndex();
        index.AddRange(Enumerable.Range(0, 300).Select(i => Docs.Of(
            $"d{i}", i % 3 == 0 ? "battery cathode" : "robot arm", $"lithium coating {i % 7} sample text",
            new DocumentFacets { Country = i % 2 == 0 ? "KR" : "US", Fields = ["SECONDARY_BATTERY"], TrlMin = 3, MinCostKrw = i % 4 == 0 ? i * 1_000_000L : null })));
        index.Delete("d3");
        index.AddRange([Docs.Of("late", "battery pack")]);
        return index;
    }
}
