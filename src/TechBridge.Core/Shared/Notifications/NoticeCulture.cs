namespace TechBridge.Core.Shared.Notifications;

/// <summary>The languages notices are written in: Korean unless the person chose English.</summary>
public static class NoticeCulture
{
    public const string Korean = "ko";
    public const string English = "en";

    public static string Normalize(string? culture) =>
        culture is not null && culture.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Korean;

    /// <summary>The English name for an English reader when there is one, else the Korean one (or whichever exists).</summary>
    public static string Pick(string? culture, string ko, string en) =>
        (Normalize(culture) == English && en.Length > 0) || ko.Length == 0 ? en : ko;
}
