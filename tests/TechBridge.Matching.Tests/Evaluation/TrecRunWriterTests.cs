using System.Globalization;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class TrecRunWriterTests
{
    [Fact]
    public void Write_Run_WritesTrecLinesWithRanksFromOne()
    {
        var run = new Dictionary<string, IReadOnlyList<RankedHit>>
        {
            ["q1"] = [new RankedHit("d1", 12.5), new RankedHit("d2", 3), new RankedHit("d3", 0.000125)],
            ["42"] = [new RankedHit("doc-9", -1.25)],
        };
        using var writer = new StringWriter();

        TrecRunWriter.Write(writer, run, "bm25f");

        Assert.Equal(
            "q1 Q0 d1 1 12.5 bm25f\nq1 Q0 d2 2 3 bm25f\nq1 Q0 d3 3 0.000125 bm25f\n42 Q0 doc-9 1 -1.25 bm25f\n",
            writer.ToString());
    }

    [Fact]
    public void WriteQuery_CommaDecimalCulture_StillUsesInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            using var writer = new StringWriter(CultureInfo.CurrentCulture);

            TrecRunWriter.WriteQuery(writer, "q", [new RankedHit("d", 1234.5)]);

            Assert.Equal("q Q0 d 1 1234.5 techbridge\n", writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WriteFile_Run_WritesUtf8WithoutBom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"techbridge-run-{Guid.NewGuid():N}.trec");
        try
        {
            TrecRunWriter.WriteFile(path, new Dictionary<string, IReadOnlyList<RankedHit>> { ["질의1"] = [new RankedHit("문서", 2)] }, "r");

            Assert.Equal("질의1 Q0 문서 1 2 r\n"u8.ToArray(), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("q 1", "d")]
    [InlineData("q", "d\t1")]
    [InlineData("", "d")]
    public void WriteQuery_IdWithWhitespaceOrEmpty_Throws(string queryId, string docId)
    {
        using var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => TrecRunWriter.WriteQuery(writer, queryId, [new RankedHit(docId, 1)]));
    }

    [Fact]
    public void WriteQuery_NaNScore_Throws()
    {
        using var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => TrecRunWriter.WriteQuery(writer, "q", [new RankedHit("d", double.NaN)]));
    }
}
