using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// The marketplace funnel — needs filed → partners contacted → meetings held → deals opened → deals closed — per KST month,
/// field and program, combined from every registered <see cref="IFunnelSource"/>. The dashboard, its .xlsx export and the
/// API all read this one report, so their numbers agree.
/// </summary>
public sealed class MarketplaceFunnelQueries(TechBridgeDbContext db, TaxonomyCatalog taxonomy, IEnumerable<IFunnelSource> sources, TimeProvider time)
{
    public async Task<FunnelReport> ReportAsync(FunnelFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await ValidateAsync(filter, cancellationToken);
        var window = new FunnelWindow(Month(filter.FirstMonth), Month(filter.LastMonth), filter.IncludeDemo, Clock.UtcNow(time));
        var activities = new List<FunnelActivity>();
        foreach (var source in sources)
        {
            // One DbContext: the sources run one after another.
            activities.AddRange(await source.ActivitiesAsync(window, cancellationToken));
        }

        var counted = activities
            .Where(a => window.FirstMonth <= a.Month && a.Month <= window.LastMonth)
            .Where(a => filter.ProgramCode is null || a.ProgramCode == filter.ProgramCode)
            .Where(a => filter.FieldCode is null || a.Fields().Contains(filter.FieldCode, StringComparer.Ordinal))
            .ToList();
        var totals = FunnelCounts.Of(counted);
        var months = new List<FunnelMonth>();
        for (var m = window.FirstMonth; m <= window.LastMonth; m = m.AddMonths(1))
        {
            var month = m;
            months.Add(new FunnelMonth(Text(month), FunnelCounts.Of(counted.Where(a => a.Month == month))));
        }

        var rows = counted
            .SelectMany(a => a.Fields().Where(f => filter.FieldCode is null || f == filter.FieldCode).Select(f => (Activity: a, Field: f)))
            .GroupBy(x => (x.Activity.Month, x.Field, x.Activity.ProgramCode))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Field, StringComparer.Ordinal).ThenBy(g => g.Key.ProgramCode, StringComparer.Ordinal)
            .Select(g => new FunnelRow(Text(g.Key.Month), g.Key.Field, g.Key.ProgramCode, FunnelCounts.Of(g.Select(x => x.Activity))))
            .ToList();
        return new FunnelReport(filter, totals, Steps(totals), months, rows);
    }

    /// <summary>The programs activities are attributed to, for the filter's choices: code and names.</summary>
    public async Task<IReadOnlyList<(string Code, string NameKo, string NameEn)>> ProgramsAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.Programs.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.NameKo, p.NameEn }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.NameKo, p.NameEn))];

    private static List<FunnelStep> Steps(FunnelCounts totals)
    {
        var steps = new List<FunnelStep>();
        int? previous = null;
        foreach (var kind in Enum.GetValues<FunnelStep.Kind>())
        {
            var count = totals.Of(kind);
            steps.Add(new FunnelStep(kind, count, previous is > 0 ? count / (double)previous.Value : null));
            previous = count;
        }

        return steps;
    }

    private async Task ValidateAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var first = Month(filter.FirstMonth);
        var last = Month(filter.LastMonth);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (months < 1)
        {
            errors.Add("to", CoreMessages.Get("Funnel.Order"));
        }
        else if (months > FunnelFilter.MaxMonths)
        {
            errors.Add("from", CoreMessages.Get("Funnel.Period", FunnelFilter.MaxMonths));
        }

        if (filter.FieldCode is { } field && field != FunnelCodes.Unclassified && !(await taxonomy.GetAsync(cancellationToken)).Fields.ContainsKey(field))
        {
            errors.Add("field", CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Field"), field));
        }

        // Checked in memory: a code is never sent to the database as it came (PostgreSQL refuses a NUL character with an error).
        if (filter.ProgramCode is { } program && program != FunnelCodes.General
            && !(await db.Programs.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken)).Contains(program, StringComparer.Ordinal))
        {
            errors.Add("program", CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Program"), program));
        }

        errors.ThrowIfAny();
    }

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    private static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
