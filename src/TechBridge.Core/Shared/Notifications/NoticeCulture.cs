namespace TechBridge.Core.Shared.Notifications;

/// <summary>The languages notices are written in: Korean unless the person chose English.</summary>
public static class NoticeCulture
{
    public const string Korean = "ko";
    public const string English = "en";

    public static string Normalize(string? culture) =>
        culture is not null && culture.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Korean;
}
