using System.Globalization;
using System.Resources;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Resources;

/// <summary>Messages that Core returns to people (validation, business rules), in the current UI culture.</summary>
public static class CoreMessages
{
    private static readonly ResourceManager Resources = new("TechBridge.Core.Shared.Resources.CoreMessages", typeof(CoreMessages).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? format : string.Format(new ParticleFormat(CultureInfo.CurrentCulture), format, args);
    }

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/> (Korean when English lacks it), or null.</summary>
    public static string? Find(string key, CultureInfo culture) => Resources.GetString(key, culture);

    /// <summary>The text of <paramref name="key"/> in a fixed language ("ko" or "en"), for a notice or form held in that language; the key when missing.</summary>
    public static string In(string culture, string key) => Find(key, CultureInfo.GetCultureInfo(culture)) ?? key;
}
