namespace TechBridge.Core.Shared;

/// <summary>Normalises what people type before it is stored, and holds the one rule for characters text may not contain.</summary>
public static class TextInput
{
    /// <summary>Trimmed text, or null for missing or blank input.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Trimmed, non-blank, distinct codes in their given order.</summary>
    public static List<string> Codes(IEnumerable<string?>? codes) =>
        [.. (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// True when <paramref name="value"/> holds a character no text may contain: a C0 or C1 control character other than
    /// tab, line feed and carriage return (PostgreSQL refuses NUL outright; the others are invisible and only ever
    /// come from broken or hostile clients), or half of a surrogate pair (not encodable as UTF-8).
    /// </summary>
    public static bool HasForbiddenCharacters(string? value)
    {
        if (value is null)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (char.IsControl(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
