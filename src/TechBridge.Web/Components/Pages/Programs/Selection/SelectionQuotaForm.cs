using System.Globalization;
using TechBridge.Core.Programs.Selection;
using TechBridge.Web.Api;

namespace TechBridge.Web.Components.Pages.Programs.Selection;

/// <summary>
/// The quota rows as the selection page posts them: <c>Quotas[i].Dimension</c>, <c>.Value</c>, <c>.Min</c>, <c>.Max</c> for
/// consecutive rows. A number that is not a whole non-negative number counts as empty; Core judges the rest.
/// </summary>
internal static class SelectionQuotaForm
{
    public static IEnumerable<SelectionQuotaBody> Read(IFormCollection form)
    {
        for (var i = 0; i < SelectionLimits.MaxQuotas + 1 && form.ContainsKey($"Quotas[{i}].Dimension"); i++)
        {
            yield return new SelectionQuotaBody(form[$"Quotas[{i}].Dimension"].ToString(), form[$"Quotas[{i}].Value"].ToString(),
                Number(form[$"Quotas[{i}].Min"]), Number(form[$"Quotas[{i}].Max"]));
        }
    }

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
