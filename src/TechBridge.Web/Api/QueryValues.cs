using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Web.Api;

/// <summary>Parses optional query values, collecting a field message (in the caller's language) for each bad one.</summary>
internal static class QueryValues
{
    public static TEnum? Enum<TEnum>(ValidationErrors errors, string field, string? value, string labelKey)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors.Add(field, CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get(labelKey), value));
        return null;
    }

    /// <summary>true or false (any case); anything else gets a field message.</summary>
    public static bool? Bool(ValidationErrors errors, string field, string? value, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (bool.TryParse(value.Trim(), out var parsed))
        {
            return parsed;
        }

        errors.Add(field, CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get(labelKey), value));
        return null;
    }

    public static void Code(ValidationErrors errors, string field, string? value, string labelKey, Func<string, bool> exists)
    {
        if (!string.IsNullOrWhiteSpace(value) && !exists(value))
        {
            errors.Add(field, CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get(labelKey), value));
        }
    }

    public static void Range(ValidationErrors errors, string field, int? value, string labelKey, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add(field, CoreMessages.Get("Validation.Range", CoreMessages.Get(labelKey), min, max));
        }
    }
}
