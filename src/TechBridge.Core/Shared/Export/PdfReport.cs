namespace TechBridge.Core.Shared.Export;

/// <summary>
/// A printable report: a title, lines under it, one table (columns in <see cref="RightAligned"/> hold amounts), lines of
/// totals after it and a footer on every page. All text already in the reader's language.
/// </summary>
public sealed record PdfReport(
    string Title, IReadOnlyList<string> Heading, Table Table, IReadOnlySet<int> RightAligned, IReadOnlyList<string> Totals, string Footer);
