using System.Globalization;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// Which activities a funnel counts: KST months from <see cref="FirstMonth"/> to <see cref="LastMonth"/> (first days of
/// months), optionally one field (a taxonomy code or <see cref="FunnelCodes.Unclassified"/>) and one program (a program
/// code or <see cref="FunnelCodes.General"/>), and whether demo data counts.
/// </summary>
public sealed record FunnelFilter(DateOnly FirstMonth, DateOnly LastMonth, string? FieldCode = null, string? ProgramCode = null, bool IncludeDemo = true)
{
    public const int MaxMonths = 36;

    /// <summary>
    /// The filter the page's and the API's query values give (months as yyyy-MM, demo as true/false): by default the 12
    /// months up to the current one, all fields, all programs, demo data included. Values that do not parse get field
    /// messages under their query names (from, to, field, program, demo); whether codes exist is checked by the query.
    /// </summary>
    public static FunnelFilter Parse(string? from, string? to, string? field, string? program, string? demo, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var errors = new ValidationErrors();
        var now = Kst.ToKst(time.GetUtcNow());
        var last = Month(errors, "to", to) ?? new DateOnly(now.Year, now.Month, 1);
        var first = Month(errors, "from", from) ?? last.AddMonths(-11);
        var includeDemo = true;
        if (!string.IsNullOrWhiteSpace(demo) && !bool.TryParse(demo.Trim(), out includeDemo))
        {
            errors.Add("demo", CoreMessages.Get("Funnel.Demo"));
        }

        errors.ThrowIfAny();
        return new FunnelFilter(first, last, Blank(field), Blank(program), includeDemo);
    }

    private static DateOnly? Month(ValidationErrors errors, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        errors.Add(name, CoreMessages.Get("Funnel.Month"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
