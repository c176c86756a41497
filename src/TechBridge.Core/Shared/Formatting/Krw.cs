using System.Globalization;

namespace TechBridge.Core.Shared.Formatting;

/// <summary>Formats won amounts the way Korean users read them (억원, 만원), or in plain KRW for English.</summary>
public static class Krw
{
    private const long Eok = 100_000_000;
    private const long Man = 10_000;

    public static string Format(long won, bool english)
    {
        if (english)
        {
            return won >= 1_000_000_000
                ? string.Create(CultureInfo.InvariantCulture, $"KRW {won / 1_000_000_000m:0.##} billion")
                : string.Create(CultureInfo.InvariantCulture, $"KRW {won:N0}");
        }

        var sign = won < 0 ? "-" : string.Empty;
        var abs = Math.Abs((decimal)won);
        // Round first, then choose the unit, so 99,999,999 reads "1억원" and not "10,000만원".
        var inMan = Math.Round(abs / Man, 2);
        if (abs >= Eok || inMan >= Eok / Man)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Round(abs / Eok, 2):#,0.##}억원");
        }

        return abs >= Man
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{inMan:#,0.##}만원")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{abs:#,0}원");
    }
}
