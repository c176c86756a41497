using System.Globalization;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class AffinityScoreWriterTests
{
    [Fact]
    public void Write_Scores_WritesHeaderAndRows()
    {
        using var writer = new StringWriter();

        AffinityScoreWriter.Write(writer, [new AffinityScore("s1", "~Jane_Doe1", 0.75), new AffinityScore("s1", "bob@example.org", 0)]);

        Assert.Equal("submission_id,reviewer_id,score\ns1,~Jane_Doe1,0.75\ns1,bob@example.org,0\n", writer.ToString());
    }

    [Fact]
    public void Write_IdsWithCommaQuoteOrNewline_AreQuotedPerRfc4180()
    {
        using var writer = new StringWriter();

        AffinityScoreWriter.Write(writer, [new AffinityScore("a,b", "say \"hi\"", 1.5), new AffinityScore("line\nbreak", "plain", -0.5)]);

        Assert.Equal(
            "submission_id,reviewer_id,score\n\"a,b\",\"say \"\"hi\"\"\",1.5\n\"line\nbreak\",plain,-0.5\n",
            writer.ToString());
    }

    [Fact]
    public void WriteRow_CommaDecimalCulture_StillUsesInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            using var writer = new StringWriter(CultureInfo.CurrentCulture);

            AffinityScoreWriter.WriteRow(writer, new AffinityScore("s", "r", 0.125));

            Assert.Equal("s,r,0.125\n", writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WriteFile_Scores_WritesUtf8WithoutBom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"techbridge-scores-{Guid.NewGuid():N}.csv");
        try
        {
            AffinityScoreWriter.WriteFile(path, [new AffinityScore("제출1", "심사위원", 1)]);

            Assert.Equal("submission_id,reviewer_id,score\n제출1,심사위원,1\n"u8.ToArray(), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteRow_InfiniteScore_Throws()
    {
        using var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => AffinityScoreWriter.WriteRow(writer, new AffinityScore("s", "r", double.PositiveInfinity)));
    }
}
