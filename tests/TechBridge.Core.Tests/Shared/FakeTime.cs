namespace TechBridge.Core.Tests.Shared;

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    /// <summary>A fixed instant with sub-millisecond digits, which survive both providers' storage.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 1, 2, 3, 456, TimeSpan.Zero);

    private DateTimeOffset now = start;

    public FakeTime()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
