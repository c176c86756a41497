using System.Globalization;

namespace TechBridge.Core.Shared.Formatting;

/// <summary>Korea Standard Time (UTC+9, no daylight saving): how instants stored in UTC are shown.</summary>
public static class Kst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset ToKst(DateTimeOffset utc) => utc.ToOffset(Offset);

    public static string Format(DateTimeOffset utc) =>
        ToKst(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " KST";
}
