using System.Text;

namespace TechBridge.Core.Shared.Export;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel opens Korean text correctly. Cells that start
/// with = + - @ are prefixed with an apostrophe so a spreadsheet never runs them as formulas.
/// </summary>
public static class CsvTableWriter
{
    public static void Write(Table table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        WriteRow(writer, table.Headers);
        foreach (var row in table.Rows)
        {
            WriteRow(writer, row);
        }
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(cells[i]));
        }

        writer.Write("\r\n");
    }

    internal static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
