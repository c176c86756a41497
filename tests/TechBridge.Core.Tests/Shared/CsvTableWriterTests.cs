using System.Text;
using TechBridge.Core.Shared.Export;

namespace TechBridge.Core.Tests.Shared;

public sealed class CsvTableWriterTests
{
    [Fact]
    public void Write_AnyTable_StartsWithUtf8ByteOrderMark()
    {
        var bytes = Write(new Table("t", ["이름"], [["한빛반도체"]]));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public void Write_HeadersAndRows_AreCommaSeparatedCrLfLinesWithKoreanIntact()
    {
        var text = WriteText(new Table("t", ["이름", "Name"], [["한빛반도체", "Hanbit Semiconductor"], ["세진", null]]));

        Assert.Equal("이름,Name\r\n한빛반도체,Hanbit Semiconductor\r\n세진,\r\n", text);
    }

    [Fact]
    public void Write_CellsWithCommaQuoteOrNewline_AreQuotedWithQuotesDoubled()
    {
        var text = WriteText(new Table("t", ["a", "b", "c", "d"], [["x,y", "say \"hi\"", "line1\nline2", "cr\rlf"]]));

        Assert.Equal("a,b,c,d\r\n\"x,y\",\"say \"\"hi\"\"\",\"line1\nline2\",\"cr\rlf\"\r\n", text);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+82 10 1234 5678", "'+82 10 1234 5678")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("이메일@example.com", "이메일@example.com")]
    public void Write_CellStartingWithFormulaCharacter_IsPrefixedWithApostrophe(string cell, string expected)
    {
        var text = WriteText(new Table("t", ["h"], [[cell]]));

        Assert.Equal("h\r\n" + expected + "\r\n", text);
    }

    [Fact]
    public void Write_HeaderStartingWithFormulaCharacter_IsPrefixedToo()
    {
        var text = WriteText(new Table("t", ["=cmd|' /C calc'!A0"], []));

        Assert.Equal("'=cmd|' /C calc'!A0\r\n", text);
    }

    [Fact]
    public void Write_AfterWriting_LeavesTheOutputStreamOpen()
    {
        using var stream = new MemoryStream();

        CsvTableWriter.Write(new Table("t", ["h"], [["v"]]), stream);

        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }

    private static byte[] Write(Table table)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream);
        return stream.ToArray();
    }

    private static string WriteText(Table table)
    {
        var bytes = Write(table);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
    }
}
