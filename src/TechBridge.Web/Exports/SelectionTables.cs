using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>
/// A call's selection report as a spreadsheet and a printable PDF, in the reader's language: one row per proposal (ranked
/// first), one column per review stage. The selection data holds no reviewer, so none can appear.
/// </summary>
public sealed class SelectionTables(IStringLocalizer<SharedResource> l)
{
    public Table Report(SelectionView view, TaxonomySnapshot taxonomy, bool forPrint = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var report = view.Report ?? throw new InvalidOperationException("The selection has not run.");
        Func<long, string> amount = forPrint ? k => k.ToString("N0", CultureInfo.InvariantCulture) : k => k.ToString(CultureInfo.InvariantCulture);
        List<string> headers = [T("Selection.Col.Rank"), T("Selection.Col.Receipt"), T("Selection.Col.Title"), T("Selection.Col.Field"), T("Selection.Col.Country"), T("Selection.Col.Cost")];
        headers.AddRange(view.Stages.Select(s => l[$"StageKind.{s.Kind}"].Value));
        headers.AddRange([T("Selection.Col.Final"), T("Selection.Col.Outcome"), T("Selection.Col.Adjustment")]);
        return new Table(
            $"selection-{view.CallId.ToString("N")[..8]}",
            headers,
            [.. report.Entries.Select(e =>
            {
                List<string?> row =
                [
                    e.Rank?.ToString(CultureInfo.InvariantCulture), e.ReceiptNumber, Bilingual.Pick(e.TitleKo, e.TitleEn),
                    e.FieldCode is null ? null : taxonomy.FieldName(e.FieldCode), e.CountryCode is null ? null : taxonomy.CountryName(e.CountryCode), amount(e.CostKrw),
                ];
                row.AddRange(view.Stages.Select(s => e.StageScores.FirstOrDefault(x => x.Position == s.Position) is { } x ? Score(x.Score) : null));
                row.AddRange([e.FinalScore is { } f ? Score(f) : null, Outcome(e.Outcome), e.Adjustment is { } a ? $"{Adjustment(a.Kind)}: {a.Justification}" : null]);
                return (IReadOnlyList<string?>)row;
            })]);
    }

    public PdfReport PrintableReport(SelectionView view, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Report ?? throw new InvalidOperationException("The selection has not run.");
        var table = Report(view, taxonomy, forPrint: true);
        List<string> heading =
        [
            l["Selection.Pdf.Budget", Won(report.TotalCostKrw), Won(report.BudgetKrw)].Value,
            l["Selection.Pdf.Rules"].Value,
            l[view.KeepsRawScores ? "Selection.RawScores" : "Selection.Normalised"].Value,
            l["Selection.Pdf.Fingerprint", report.InputsSha256].Value,
            report.PublishedAt is { } published ? l["Selection.PublishedAt", Kst.Format(published)].Value : l["Selection.Pdf.NotPublished"].Value,
        ];
        int[] amounts = [0, 5, .. Enumerable.Range(6, view.Stages.Count + 1)];
        return new PdfReport(l["Selection.Pdf.Title", Bilingual.Pick(view.CallTitleKo, view.CallTitleEn)].Value, heading, table,
            amounts.ToHashSet(), [l["Selection.Pdf.Ran", Kst.Format(report.RunAt), report.RunBy].Value], $"{Kst.Format(report.RunAt)} · TechBridge");
    }

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Outcome(SelectionOutcome outcome) => CoreMessages.Get($"SelectionOutcome.{outcome}");

    public string Adjustment(AdjustmentKind kind) => T($"Selection.Adjustment.{kind}");

    public string Won(long krw) => l["Calls.Won", krw.ToString("N0", CultureInfo.InvariantCulture)].Value;

    private string T(string key) => l[key].Value;
}
