using Microsoft.Extensions.Localization;

namespace TechBridge.Web.Components.Shared;

/// <summary>An enum's values with their localized labels (resource key "Prefix.Value"), for a select.</summary>
public static class EnumOptions
{
    public static IEnumerable<(string Code, string Name)> For<TEnum>(IStringLocalizer localizer, string prefix)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Enum.GetValues<TEnum>().Select(v => (v.ToString(), localizer[$"{prefix}.{v}"].Value));
    }
}
