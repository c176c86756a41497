using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace TechBridge.Web.Localization;

/// <summary>Korean first, English complete. The choice lives in a cookie and, for signed-in users, in their account.</summary>
public static class Cultures
{
    public const string Korean = "ko";
    public const string English = "en";
    public static readonly string[] Supported = [Korean, English];

    public static bool IsSupported(string? culture) => culture is Korean or English;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    public static string Current => IsEnglish ? English : Korean;

    public static void WriteCookie(HttpResponse response, string culture)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
    }
}
