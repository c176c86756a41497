using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Shared.Errors;

/// <summary>Collects field errors so one request reports every problem at once, then throws them together.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Requires non-blank text no longer than <paramref name="maxLength"/>; <paramref name="labelKey"/> names the field in messages.</summary>
    public void RequireText(string field, string? value, string labelKey, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, CoreMessages.Get("Validation.Required", CoreMessages.Get(labelKey)));
        }
        else
        {
            MaxLength(field, value, labelKey, maxLength);
        }
    }

    public void MaxLength(string field, string? value, string labelKey, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, CoreMessages.Get("Validation.MaxLength", CoreMessages.Get(labelKey), maxLength));
        }
    }

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
