namespace TechBridge.Core.Shared;

/// <summary>Normalises what people type before it is stored.</summary>
public static class TextInput
{
    /// <summary>Trimmed text, or null for missing or blank input.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Trimmed, non-blank, distinct codes in their given order.</summary>
    public static List<string> Codes(IEnumerable<string?>? codes) =>
        [.. (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct(StringComparer.Ordinal)];
}
