using System.Globalization;

namespace TechBridge.Web.Components.Shared;

/// <summary>A TRL range as people read it: "4–6", "5" when both ends are one level, empty when there is none.</summary>
public static class TrlText
{
    public static string Of(int? min, int? max) => (min, max) switch
    {
        (null, null) => string.Empty,
        ({ } a, { } b) when a != b => string.Create(CultureInfo.InvariantCulture, $"{a}–{b}"),
        _ => (min ?? max)!.Value.ToString(CultureInfo.InvariantCulture),
    };
}
