using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TechBridge.Core.Shared.Export;

/// <summary>Writes a table as an .xlsx workbook (Open XML SDK, streaming writer) with a bold, frozen header row.</summary>
public static class XlsxTableWriter
{
    private const int MaxSheetNameLength = 31;

    public static void Write(Table table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, table.Headers, styleIndex: 1);
            foreach (var row in table.Rows)
            {
                WriteRow(writer, row, styleIndex: 0);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Name) });
        workbookPart.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string?> cells, uint styleIndex)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            var cell = new Cell { DataType = CellValues.InlineString };
            if (styleIndex != 0)
            {
                cell.StyleIndex = styleIndex;
            }

            cell.Append(new InlineString(new Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }));
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
        styles.Stylesheet.Save();
    }

    private static string SheetName(string name)
    {
        var cleaned = new string(Clean(name).Where(c => c is not ('\\' or '/' or '?' or '*' or '[' or ']' or ':')).ToArray());
        cleaned = cleaned.Length == 0 ? "Sheet1" : cleaned;
        return cleaned.Length > MaxSheetNameLength ? cleaned[..MaxSheetNameLength] : cleaned;
    }

    /// <summary>XML 1.0 cannot hold control characters, U+FFFE/U+FFFF or lone surrogates; drop them instead of failing the export.</summary>
    internal static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i + 1 < value.Length && char.IsSurrogatePair(c, value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
