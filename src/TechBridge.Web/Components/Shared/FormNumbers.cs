using System.Globalization;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Web.Components.Shared;

/// <summary>Numbers typed into forms and filters: blank is none, digits (with thousands separators) are the number, anything else is a field message.</summary>
public static class FormNumbers
{
    public static int? Number(ValidationErrors errors, string field, string? text, string labelKey) =>
        (int?)Parse(errors, field, text, labelKey, int.MinValue, int.MaxValue);

    public static long? Amount(ValidationErrors errors, string field, string? text, string labelKey) =>
        Parse(errors, field, text, labelKey, long.MinValue, long.MaxValue);

    private static long? Parse(ValidationErrors errors, string field, string? text, string labelKey, long min, long max)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, CoreMessages.Get("Validation.WholeNumber", CoreMessages.Get(labelKey)));
        return null;
    }
}
