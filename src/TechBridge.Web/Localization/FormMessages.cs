using System.Globalization;
using System.Resources;

namespace TechBridge.Web.Localization;

/// <summary>
/// DataAnnotations messages for UI forms, read from SharedResource in the current UI culture (the attributes
/// need static properties, which IStringLocalizer does not offer).
/// </summary>
public static class FormMessages
{
    private static readonly ResourceManager Resources = new("TechBridge.Web.Resources.Localization.SharedResource", typeof(FormMessages).Assembly);

    public static string EmailRequired => Get("Form.EmailRequired");

    public static string EmailInvalid => Get("Form.EmailInvalid");

    public static string PasswordRequired => Get("Form.PasswordRequired");

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
