using TechBridge.Core.Matching.Embeddings;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Tests.Matching.Embeddings;

public sealed class DenseEntriesFileTests
{
    [Fact]
    public void TryRead_FileWritten_ReturnsTheSameEntries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"techbridge-entries-{Guid.NewGuid():N}.tbve");
        var entries = new Dictionary<string, DenseEntry>
        {
            ["org:1"] = new(42UL, new DocumentFacets { EntityType = "Company", Country = "KR", Industry = "BIO", Fields = ["ADVANCED_BIO", "SEMICONDUCTOR"] }),
            ["person:2"] = new(ulong.MaxValue, new DocumentFacets { EntityType = "Person", TrlMin = 3, TrlMax = 6 }),
        };
        try
        {
            DenseEntriesFile.Write(path, entries);

            Assert.True(DenseEntriesFile.TryRead(path, out var read, out var reason), reason);
            Assert.Equal(entries.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(42UL, read["org:1"].TextHash);
            Assert.Equal(["ADVANCED_BIO", "SEMICONDUCTOR"], read["org:1"].Facets.Fields);
            Assert.Equal(("BIO", "KR"), (read["org:1"].Facets.Industry, read["org:1"].Facets.Country));
            Assert.Equal((3, 6), (read["person:2"].Facets.TrlMin, read["person:2"].Facets.TrlMax));
            Assert.Null(read["person:2"].Facets.Country);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TryRead_TruncatedFile_ReturnsFalseWithAReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"techbridge-entries-{Guid.NewGuid():N}.tbve");
        try
        {
            DenseEntriesFile.Write(path, new Dictionary<string, DenseEntry> { ["org:1"] = new(1UL, new DocumentFacets { Fields = ["A"] }) });
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..^6]);

            Assert.False(DenseEntriesFile.TryRead(path, out var read, out var reason));
            Assert.Null(read);
            Assert.StartsWith("unreadable", reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
