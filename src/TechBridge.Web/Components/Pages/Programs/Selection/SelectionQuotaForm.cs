using System.Globalization;
using TechBridge.Core.Programs.Selection;
using TechBridge.Web.Api;

namespace TechBridge.Web.Components.Pages.Programs.Selection;

/// <summary>
/// The quota rows as the selection page posts them: <c>Quotas[i].Target</c> (the dimension and its value in one choice, so a
/// country can never be posted as a field), <c>.Min</c>, <c>.Max</c> for consecutive rows. A number that is not a whole
/// non-negative number counts as empty; Core judges the rest.
/// </summary>
internal static class SelectionQuotaForm
{
    public static IEnumerable<SelectionQuotaBody> Read(IFormCollection form)
    {
        for (var i = 0; i < SelectionLimits.MaxQuotas + 1 && form.ContainsKey($"Quotas[{i}].Target"); i++)
        {
            var target = form[$"Quotas[{i}].Target"].ToString();
            var colon = target.IndexOf(':', StringComparison.Ordinal);
            var (dimension, value) = colon > 0 ? (target[..colon], target[(colon + 1)..]) : (SelectionLimits.Field, string.Empty);
            yield return new SelectionQuotaBody(dimension, value, Number(form[$"Quotas[{i}].Min"]), Number(form[$"Quotas[{i}].Max"]));
        }
    }

    /// <summary>One choice of the quota's target: the dimension and its value.</summary>
    public static string Target(string dimension, string value) => $"{dimension}:{value}";

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
