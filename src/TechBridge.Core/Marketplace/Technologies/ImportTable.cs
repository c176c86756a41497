using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>
/// A table read from an uploaded file: the header row and the data rows as text. CSV follows RFC 4180 (fields in double
/// quotes may hold commas, line breaks and doubled quotes; UTF-8 with or without BOM); .xlsx is read from its first sheet
/// (numbers as invariant text, so dates typed as dates arrive as Excel serial numbers).
/// </summary>
public sealed class ImportTable
{
    public required IReadOnlyList<string> Header { get; init; }

    /// <summary>Each row with its number in the file (the header is row 1); blank rows are left out.</summary>
    public required IReadOnlyList<(int Number, IReadOnlyList<string> Cells)> Rows { get; init; }

    /// <summary>Reads the file by its extension; null when the file is neither .csv nor .xlsx or cannot be read as one.</summary>
    public static ImportTable? Read(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        try
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".csv" => FromLines(Csv(content)),
                ".xlsx" => FromLines(Xlsx(content)),
                _ => null,
            };
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                      or System.Xml.XmlException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ImportTable? FromLines(List<List<string>> lines)
    {
        var numbered = lines.Select((cells, i) => (Number: i + 1, Cells: (IReadOnlyList<string>)cells)).ToList();
        var header = numbered.FirstOrDefault(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
        if (header.Cells is null)
        {
            return null;
        }

        return new ImportTable
        {
            Header = [.. header.Cells.Select(c => c.Trim())],
            Rows = [.. numbered.Where(l => l.Number > header.Number && l.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))],
        };
    }

    /// <summary>RFC 4180: records end at CRLF or LF outside quotes; a quote inside a quoted field is doubled.</summary>
    public static List<List<string>> Csv(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var lines = new List<List<string>>();
        var line = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                line.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line.Add(field.ToString());
                field.Clear();
                lines.Add(line);
                line = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException("A quoted field is not closed.");
        }

        if (field.Length > 0 || line.Count > 0)
        {
            line.Add(field.ToString());
            lines.Add(line);
        }

        return lines;
    }

    private static List<List<string>> Xlsx(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        using var document = SpreadsheetDocument.Open(copy, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var lines = new List<List<string>>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)(lines.Count + 1));
            while (lines.Count < index)
            {
                lines.Add([]);
            }

            var line = lines[index - 1];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference?.Value) ?? line.Count;
                while (line.Count <= column)
                {
                    line.Add(string.Empty);
                }

                line[column] = ValueOf(cell, shared);
            }
        }

        return lines;
    }

    private static string ValueOf(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return raw;
    }

    /// <summary>The zero-based column of a reference like "AB12".</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }
}
