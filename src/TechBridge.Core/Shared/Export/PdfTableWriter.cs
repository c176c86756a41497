using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TechBridge.Core.Shared.Export;

/// <summary>
/// Writes a <see cref="PdfReport"/> as an A4 landscape PDF (PDFsharp, NanumGothic embedded): the header row repeats on
/// every page, columns share the width in proportion to their widest cell, and a cell too long for its column is cut with "…".
/// </summary>
public static class PdfTableWriter
{
    private const double Margin = 36;
    private const double RowHeight = 16;
    private const double Padding = 3;
    private const double FontSize = 8.5;

    public static void Write(PdfReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        NanumFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Creator = "TechBridge";
        var regular = new XFont(NanumFontResolver.Family, FontSize);
        var bold = new XFont(NanumFontResolver.Family, FontSize, XFontStyleEx.Bold);
        var titleFont = new XFont(NanumFontResolver.Family, 15, XFontStyleEx.Bold);
        var table = report.Table;

        var page = NewPage(document);
        var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;
        var columns = ColumnWidths(gfx, table, regular, bold, width);
        var y = Margin;
        gfx.DrawString(report.Title, titleFont, XBrushes.Black, new XRect(Margin, y, width, 20), XStringFormats.TopLeft);
        y += 26;
        foreach (var line in report.Heading)
        {
            gfx.DrawString(line, regular, XBrushes.Black, new XRect(Margin, y, width, RowHeight), XStringFormats.TopLeft);
            y += RowHeight;
        }

        y += 6;
        var pages = 1;
        y = DrawRow(gfx, table.Headers, columns, y, bold, report.RightAligned, header: true);
        foreach (var row in table.Rows)
        {
            if (y + RowHeight > page.Height.Point - Margin - RowHeight)
            {
                Footer(gfx, page, report.Footer, pages, regular);
                gfx.Dispose();
                page = NewPage(document);
                gfx = XGraphics.FromPdfPage(page);
                pages++;
                y = DrawRow(gfx, table.Headers, columns, Margin, bold, report.RightAligned, header: true);
            }

            y = DrawRow(gfx, row, columns, y, regular, report.RightAligned, header: false);
        }

        y += 8;
        foreach (var line in report.Totals)
        {
            if (y + RowHeight > page.Height.Point - Margin - RowHeight)
            {
                Footer(gfx, page, report.Footer, pages, regular);
                gfx.Dispose();
                page = NewPage(document);
                gfx = XGraphics.FromPdfPage(page);
                pages++;
                y = Margin;
            }

            gfx.DrawString(line, bold, XBrushes.Black, new XRect(Margin, y, width, RowHeight), XStringFormats.TopRight);
            y += RowHeight;
        }

        Footer(gfx, page, report.Footer, pages, regular);
        gfx.Dispose();
        document.Save(output, closeStream: false);
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        return page;
    }

    private static void Footer(XGraphics gfx, PdfPage page, string footer, int number, XFont font)
    {
        var y = page.Height.Point - Margin + 4;
        var width = page.Width.Point - 2 * Margin;
        gfx.DrawString(footer, font, XBrushes.Gray, new XRect(Margin, y, width, RowHeight), XStringFormats.TopLeft);
        gfx.DrawString(number.ToString(System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Gray,
            new XRect(Margin, y, width, RowHeight), XStringFormats.TopRight);
    }

    private static double[] ColumnWidths(XGraphics gfx, Table table, XFont regular, XFont bold, double width)
    {
        var widths = table.Headers.Select(h => gfx.MeasureString(h, bold).Width + 2 * Padding).ToArray();
        foreach (var row in table.Rows.Take(500))
        {
            for (var i = 0; i < widths.Length && i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], Math.Min(gfx.MeasureString(row[i] ?? string.Empty, regular).Width + 2 * Padding, width / 3));
            }
        }

        var scale = width / widths.Sum();
        return [.. widths.Select(w => w * scale)];
    }

    private static double DrawRow(XGraphics gfx, IReadOnlyList<string?> cells, double[] columns, double y, XFont font, IReadOnlySet<int> right, bool header)
    {
        var x = Margin;
        if (header)
        {
            gfx.DrawRectangle(XBrushes.LightGray, new XRect(Margin, y, columns.Sum(), RowHeight));
        }

        for (var i = 0; i < columns.Length; i++)
        {
            var text = Fit(gfx, i < cells.Count ? cells[i] ?? string.Empty : string.Empty, font, columns[i] - 2 * Padding);
            var box = new XRect(x + Padding, y, columns[i] - 2 * Padding, RowHeight);
            gfx.DrawString(text, font, XBrushes.Black, box, right.Contains(i) && !header ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
            x += columns[i];
        }

        gfx.DrawLine(XPens.LightGray, Margin, y + RowHeight, Margin + columns.Sum(), y + RowHeight);
        return y + RowHeight;
    }

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && gfx.MeasureString(string.Concat(text.AsSpan(0, cut), "…"), font).Width > width)
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
