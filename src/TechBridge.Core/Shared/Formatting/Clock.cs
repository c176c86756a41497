namespace TechBridge.Core.Shared.Formatting;

/// <summary>UTC now, rounded to microseconds so values survive a PostgreSQL round trip unchanged.</summary>
public static class Clock
{
    public static DateTimeOffset UtcNow(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
    }
}
