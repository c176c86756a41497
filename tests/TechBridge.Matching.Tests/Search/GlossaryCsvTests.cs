using TechBridge.Matching.Search;

namespace TechBridge.Matching.Tests.Search;

public sealed class GlossaryCsvTests
{
    private static readonly string[] KnownCodes =
    [
        "SEMICONDUCTOR", "DISPLAY", "SECONDARY_BATTERY", "FUTURE_MOBILITY", "CORE_MATERIALS", "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING",
        "AEROSPACE_DEFENSE", "NEXTGEN_NUCLEAR", "ADVANCED_BIO", "NEW_ENERGY", "MACHINERY_ROBOTICS", "BIO", "MATERIALS", "AUTOMOTIVE_AEROSPACE",
        "ELECTRICAL_ELECTRONICS", "SHIPBUILDING_MARINE", "GENERAL_RND", "IP", "COMMERCIALISATION", "COOPERATION", "EQUIPMENT",
    ];

    [Fact]
    public void Read_ShippedGlossary_HasOverTwoThousandTaggedUniquePairsCoveringEveryField()
    {
        var entries = GlossaryCsv.Read(Path.Combine(RepositoryRoot.Path, "data/seed/glossary.csv"));

        Assert.True(entries.Count >= 2000, $"only {entries.Count} entries");
        Assert.Equal(entries.Count, entries.Select(e => (e.Korean, e.English.ToUpperInvariant())).Distinct().Count());
        Assert.All(entries, e => Assert.NotEmpty(e.Fields));
        Assert.All(entries.SelectMany(e => e.Fields), code => Assert.Contains(code, KnownCodes));
        Assert.All(KnownCodes.Take(11), field => Assert.True(entries.Count(e => e.Fields.Contains(field)) >= 100, field));
    }

    [Fact]
    public void Read_QuotedCellsAndCrLf_AreParsedPerRfc4180()
    {
        var csv = "ko,en,fields,note\r\n\"전고체, 전지\",\"all-solid-state \"\"ASSB\"\" battery\",SECONDARY_BATTERY;MATERIALS,\"line\r\nbreak\"\r\n";

        var entry = Assert.Single(GlossaryCsv.Read(new StringReader(csv)));

        Assert.Equal("전고체, 전지", entry.Korean);
        Assert.Equal("all-solid-state \"ASSB\" battery", entry.English);
        Assert.Equal(["SECONDARY_BATTERY", "MATERIALS"], entry.Fields);
    }

    [Fact]
    public void Read_MissingEnglish_ThrowsWithLineNumber()
    {
        var csv = "ko,en,fields,note\n반도체,semiconductor,SEMICONDUCTOR,\n식각,,SEMICONDUCTOR,\n";

        var error = Assert.Throws<InvalidDataException>(() => GlossaryCsv.Read(new StringReader(csv), "g.csv"));

        Assert.Contains("g.csv line 3", error.Message, StringComparison.Ordinal);
    }
}
