using System.Globalization;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>The months a utilisation view covers: "yyyy-MM" from and to, by default the last 12 complete months (KST).</summary>
public static class UtilisationPeriod
{
    public static (DateOnly First, DateOnly Last) Parse(string? from, string? to, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(Kst.ToKst(time.GetUtcNow()).DateTime);
        var lastComplete = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var last = Month(to) ?? lastComplete;
        var first = Month(from) ?? last.AddMonths(-11);
        return (first, last);
    }

    private static DateOnly? Month(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
