using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Facilities.Statements;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>
/// Statements and receivables as export tables and printable reports, in the reader's language. Amounts in the
/// spreadsheet are plain digits (KRW) so they add up; in the PDF they are grouped with commas.
/// </summary>
public sealed class StatementTables(IStringLocalizer<SharedResource> l)
{
    private static readonly HashSet<int> StatementAmounts = [4, 5, 6, 7];
    private static readonly HashSet<int> ReceivableAmounts = [2, 3, 4, 5];

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Won(long krw) => krw.ToString("N0", CultureInfo.InvariantCulture);

    public static string Period(DateTimeOffset start, DateTimeOffset end) =>
        start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " – "
        + end.ToString(start.Date == end.Date ? "HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public Table Statement(CompanyStatement statement, bool forPrint = false)
    {
        ArgumentNullException.ThrowIfNull(statement);
        Func<long, string> amount = forPrint ? Won : a => a.ToString(CultureInfo.InvariantCulture);
        return new Table(
            $"statement-{Month(statement.Month)}",
            [T("Statements.Col.Date"), T("Col.Equipment"), T("Col.Center"), T("Statements.Col.Used"), T("Statements.Col.Samples"),
             T("Statements.Col.Fee"), T("Statements.Col.Vat"), T("Statements.Col.Total")],
            [.. statement.Lines.Select(x => (IReadOnlyList<string?>)
            [
                x.CheckedOutAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Bilingual.Pick(x.EquipmentKo, x.EquipmentEn) + (x.PackageKo is null ? "" : $" · {T("Col.Package")}: {Bilingual.Pick(x.PackageKo, x.PackageEn ?? "")}"),
                Bilingual.Pick(x.CenterKo, x.CenterEn), Period(x.Start, x.End), x.Samples?.ToString(CultureInfo.InvariantCulture),
                amount(x.FeeKrw), amount(x.VatKrw), amount(x.TotalKrw),
            ])]);
    }

    public PdfReport StatementReport(CompanyStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var company = Bilingual.Pick(statement.CompanyKo, statement.CompanyEn);
        var last = statement.Month.AddMonths(1).AddDays(-1);
        List<string> heading =
        [
            $"{T("Col.Company")}: {company}",
            $"{T("Statements.PeriodLabel")}: {statement.Month:yyyy-MM-dd} – {last:yyyy-MM-dd} (KST)",
        ];
        if (statement.IsPartial)
        {
            heading.Add(T("Statements.Partial"));
        }

        List<string> totals = [.. statement.Centers.Select(c => $"{Bilingual.Pick(c.CenterKo, c.CenterEn)} ({c.Amounts.Lines}): {Won(c.Amounts.TotalKrw)}")];
        totals.Add($"{T("Statements.Col.Fee")} {Won(statement.Total.FeeKrw)} · {T("Statements.Col.Vat")} {Won(statement.Total.VatKrw)}");
        totals.Add($"{T("Statements.GrandTotal")}: {Won(statement.Total.TotalKrw)} KRW");
        return new PdfReport(l["Statements.PdfTitle", company, Month(statement.Month)].Value, heading, Statement(statement, forPrint: true),
            StatementAmounts, totals, Issued(statement.IssuedAt));
    }

    public Table Receivables(CenterReceivables receivables)
    {
        ArgumentNullException.ThrowIfNull(receivables);
        return new Table(
            $"receivables-{Month(receivables.FirstMonth)}-{Month(receivables.LastMonth)}",
            [T("Col.Company"), T("Statements.Col.Month"), T("Statements.Col.Lines"), T("Statements.Col.Fee"), T("Statements.Col.Vat"), T("Statements.Col.Total")],
            [.. receivables.Rows.Select(r => (IReadOnlyList<string?>)
            [
                Bilingual.Pick(r.CompanyKo, r.CompanyEn), Month(r.Month), r.Amounts.Lines.ToString(CultureInfo.InvariantCulture),
                r.Amounts.FeeKrw.ToString(CultureInfo.InvariantCulture), r.Amounts.VatKrw.ToString(CultureInfo.InvariantCulture),
                r.Amounts.TotalKrw.ToString(CultureInfo.InvariantCulture),
            ])]);
    }

    private string Issued(DateTimeOffset at) => $"{T("Statements.Issued")} {at:yyyy-MM-dd} · TechBridge";

    private string T(string key) => l[key].Value;
}
