using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Shared.Export;
using TechBridge.Web.Components.Pages.Marketplace.Funnel;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>
/// The marketplace funnel as an export table, headers in the user's language: a row per month, field and program, then a
/// row per month over all fields and programs, then the period's total (the totals count an activity in two fields once).
/// </summary>
public sealed class FunnelTables(IStringLocalizer<SharedResource> l)
{
    public Table Funnel(FunnelReport report, FunnelNames names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        var rows = new List<IReadOnlyList<string?>>();
        rows.AddRange(report.Rows.Select(r => Row(r.Month, names.Field(r.FieldCode), names.Program(r.ProgramCode), r.Counts)));
        rows.AddRange(report.Months.Select(m => Row(m.Month, T("Funnel.AllFields"), T("Funnel.AllPrograms"), m.Counts)));
        rows.Add(Row(T("Funnel.Total"), T("Funnel.AllFields"), T("Funnel.AllPrograms"), report.Totals));
        return new Table(
            "funnel",
            [
                T("Funnel.Month"), T("Funnel.Field"), T("Funnel.Program"), T("Funnel.Stage.NeedsFiled"), T("Funnel.Stage.PartnersContacted"),
                T("Funnel.Stage.MeetingsHeld"), T("Funnel.Stage.DealsOpened"), T("Funnel.Stage.DealsClosed"), T("Funnel.Stage.Licences"),
                T("Funnel.Stage.ConsortiaApplied"),
            ],
            rows);
    }

    private static IReadOnlyList<string?> Row(string month, string field, string program, FunnelCounts c) =>
        [month, field, program, N(c.NeedsFiled), N(c.PartnersContacted), N(c.MeetingsHeld), N(c.DealsOpened), N(c.DealsClosed), N(c.Licences), N(c.ConsortiaApplied)];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private string T(string key) => l[key].Value;
}
