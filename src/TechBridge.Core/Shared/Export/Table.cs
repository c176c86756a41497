namespace TechBridge.Core.Shared.Export;

/// <summary>A sheet of text cells with a header row: what every list exports, whatever the file format.</summary>
public sealed record Table(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    public static bool TryParse(string? value, out ExportFormat format)
    {
        format = ExportFormat.Csv;
        if (string.Equals(value, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            format = ExportFormat.Xlsx;
            return true;
        }

        return false;
    }

    public static void Write(Table table, ExportFormat format, Stream output)
    {
        if (format == ExportFormat.Csv)
        {
            CsvTableWriter.Write(table, output);
        }
        else
        {
            XlsxTableWriter.Write(table, output);
        }
    }
}
