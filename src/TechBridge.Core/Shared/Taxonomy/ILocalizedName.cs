using System.Globalization;

namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>Anything named in Korean and English.</summary>
public interface ILocalizedName
{
    string NameKo { get; }
    string NameEn { get; }
}

public static class LocalizedNameExtensions
{
    /// <summary>The name in the current UI culture: English for "en*", Korean otherwise.</summary>
    public static string Name(this ILocalizedName item) => Bilingual.Pick(item.NameKo, item.NameEn);
}

/// <summary>Chooses between a Korean and an English text by the current UI culture, falling back to whichever exists.</summary>
public static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string? ko, string? en)
    {
        var preferred = IsEnglish ? en : ko;
        var fallback = IsEnglish ? ko : en;
        return !string.IsNullOrWhiteSpace(preferred) ? preferred : fallback ?? string.Empty;
    }
}
