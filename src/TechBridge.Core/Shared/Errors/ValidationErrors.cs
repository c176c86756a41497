using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Shared.Errors;

/// <summary>Collects field errors so one request reports every problem at once, then throws them together.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> has a message already.</summary>
    public bool Has(string field) => errors.ContainsKey(field);

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

    /// <summary>
    /// Requires a code that <paramref name="exists"/> knows once trimmed; <paramref name="labelKey"/> names the field in messages,
    /// <paramref name="missingKey"/> says what to do when it is empty ("Validation.Choose" for a select).
    /// </summary>
    public void RequireCode(string field, string? code, string labelKey, Func<string, bool> exists, string missingKey = "Validation.Required")
    {
        ArgumentNullException.ThrowIfNull(exists);
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(field, CoreMessages.Get(missingKey, CoreMessages.Get(labelKey)));
        }
        else if (!exists(code.Trim()))
        {
            Add(field, CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get(labelKey), code));
        }
    }

    /// <summary>Refuses text with control characters (see <see cref="TextInput.HasForbiddenCharacters"/>).</summary>
    public void PlainText(string field, string? value)
    {
        if (TextInput.HasForbiddenCharacters(value))
        {
            Add(field, CoreMessages.Get("Validation.ControlCharacters"));
        }
    }

    /// <summary>Text that may be left out but, when given, is plain and at most <paramref name="maxLength"/> long.</summary>
    public void OptionalText(string field, string? value, string labelKey, int maxLength)
    {
        MaxLength(field, value, labelKey, maxLength);
        PlainText(field, value);
    }

    public void MaxLength(string field, string? value, string labelKey, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, CoreMessages.Get("Validation.MaxLength", CoreMessages.Get(labelKey), maxLength));
        }
    }

    /// <summary>Each level within TRL 1–9 and the lower not above the upper; the order message goes to the upper level's field.</summary>
    public void TrlRange(string minField, int? min, int? max, string? maxField = null)
    {
        maxField ??= minField.Replace("Min", "Max", StringComparison.Ordinal);
        var label = CoreMessages.Get("Field.Trl");
        if (min is < Taxonomy.TrlLevel.Min or > Taxonomy.TrlLevel.Max)
        {
            Add(minField, CoreMessages.Get("Validation.Range", label, Taxonomy.TrlLevel.Min, Taxonomy.TrlLevel.Max));
        }

        if (max is < Taxonomy.TrlLevel.Min or > Taxonomy.TrlLevel.Max)
        {
            Add(maxField, CoreMessages.Get("Validation.Range", label, Taxonomy.TrlLevel.Min, Taxonomy.TrlLevel.Max));
        }

        if (min is { } low && max is { } high && low > high)
        {
            Add(maxField, CoreMessages.Get("Validation.TrlOrder"));
        }
    }

    /// <summary>An amount of won from 0 to <paramref name="max"/> (a typing-error guard), when given.</summary>
    public void KrwAmount(string field, string labelKey, long? value, long max)
    {
        if (value is < 0 || value > max)
        {
            Add(field, CoreMessages.Get("Validation.Range", CoreMessages.Get(labelKey), 0, Formatting.Krw.Format(max, Taxonomy.Bilingual.IsEnglish)));
        }
    }

    /// <summary>Reports every code that <paramref name="exists"/> does not know.</summary>
    public void KnownCodes(string field, IEnumerable<string>? codes, string labelKey, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        foreach (var code in TextInput.Codes(codes).Where(c => !exists(c)))
        {
            Add(field, CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get(labelKey), code));
        }
    }

    /// <summary>Every message collected so far, in field order.</summary>
    public IEnumerable<string> Messages() => errors.Values.SelectMany(m => m);

    /// <summary>The messages by field, as <see cref="ValidationFailedException.Errors"/> carries them.</summary>
    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new ValidationFailedException(ToDictionary());
        }
    }
}
