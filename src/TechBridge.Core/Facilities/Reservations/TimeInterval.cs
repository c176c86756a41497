namespace TechBridge.Core.Facilities.Reservations;

/// <summary>A half-open period [Start, End).</summary>
public readonly record struct TimeInterval(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(TimeInterval other) => Start < other.End && other.Start < End;

    public TimeSpan Duration => End - Start;
}
