using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TechBridge.Core.Shared.Export;
using Table = TechBridge.Core.Shared.Export.Table;

namespace TechBridge.Core.Tests.Shared;

public sealed class XlsxTableWriterTests
{
    [Fact]
    public void Write_Table_RoundTripsHeaderAndRowsWithKoreanTextIntact()
    {
        var table = new Table("기관", ["이름", "Name", "국가"], [["한빛반도체", "Hanbit Semiconductor", "대한민국"], ["프라운호퍼", "Fraunhofer", null]]);

        using var document = Open(table);

        var rows = Rows(document);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["이름", "Name", "국가"], CellTexts(rows[0]));
        Assert.Equal(["한빛반도체", "Hanbit Semiconductor", "대한민국"], CellTexts(rows[1]));
        Assert.Equal(["프라운호퍼", "Fraunhofer", ""], CellTexts(rows[2]));
    }

    [Fact]
    public void Write_HeaderRow_UsesTheBoldCellStyle()
    {
        using var document = Open(new Table("t", ["이름", "Name"], [["a", "b"]]));

        var rows = Rows(document);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        foreach (var header in rows[0].Elements<Cell>())
        {
            Assert.NotNull(header.StyleIndex);
            var format = formats[(int)header.StyleIndex!.Value];
            Assert.NotNull(fonts[(int)format.FontId!.Value].Bold);
        }

        foreach (var cell in rows[1].Elements<Cell>())
        {
            var style = (int)(cell.StyleIndex?.Value ?? 0);
            Assert.Null(fonts[(int)(formats[style].FontId?.Value ?? 0)].Bold);
        }
    }

    [Fact]
    public void Write_HeaderRow_IsFrozen()
    {
        using var document = Open(new Table("t", ["h"], [["v"]]));

        var pane = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
    }

    [Fact]
    public void Write_ControlCharacters_AreRemovedButTabsAndNewlinesKept()
    {
        using var document = Open(new Table("t", ["h"], [["a\u0001b\u0008c\u001Fd", "줄1\n줄2\t끝"]]));

        Assert.Equal(["abcd", "줄1\n줄2\t끝"], CellTexts(Rows(document)[1]));
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Write_CharactersXmlCannotHold_AreRemovedSoTheWorkbookOpens(int codeUnit)
    {
        var value = "앞a" + (char)codeUnit + "b뒤";

        using var document = Open(new Table("t", ["h"], [[value]]));

        Assert.Equal(["앞ab뒤"], CellTexts(Rows(document)[1]));
    }

    [Fact]
    public void Write_SurrogatePairs_AreKept()
    {
        using var document = Open(new Table("t", ["h"], [["연구 🔬 𝛼"]]));

        Assert.Equal(["연구 🔬 𝛼"], CellTexts(Rows(document)[1]));
    }

    [Theory]
    [InlineData("기관 목록", "기관 목록")]
    [InlineData("Organisations / Export: [2026]?*", "Organisations  Export 2026")]
    [InlineData("///", "Sheet1")]
    [InlineData("", "Sheet1")]
    public void Write_SheetName_IsCleanedOfCharactersExcelRejects(string name, string expected)
    {
        using var document = Open(new Table(name, ["h"], []));

        Assert.Equal(expected, SheetName(document));
    }

    [Fact]
    public void Write_LongSheetName_IsCutTo31Characters()
    {
        var name = "글로벌 산업기술 협력센터와 해외 연구기관 및 국내 기업 목록 2026";

        using var document = Open(new Table(name, ["h"], []));

        var sheetName = SheetName(document);
        Assert.Equal(31, sheetName.Length);
        Assert.StartsWith(sheetName, name, StringComparison.Ordinal);
    }

    private static SpreadsheetDocument Open(Table table)
    {
        var stream = new MemoryStream();
        XlsxTableWriter.Write(table, stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, isEditable: false);
    }

    private static List<Row> Rows(SpreadsheetDocument document) =>
        document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();

    private static string[] CellTexts(Row row) =>
        row.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty).ToArray();

    private static string SheetName(SpreadsheetDocument document) =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value!;
}
