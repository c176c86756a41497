namespace TechBridge.Core.Facilities.Reservations;

/// <summary>The period overlaps an active reservation of the same equipment (HTTP 409 with the conflicting interval).</summary>
public sealed class ReservationConflictException(DateTimeOffset start, DateTimeOffset end, string message) : Exception(message)
{
    public DateTimeOffset ConflictStart { get; } = start;
    public DateTimeOffset ConflictEnd { get; } = end;
}

/// <summary>An Idempotency-Key was sent again with a different request (HTTP 422).</summary>
public sealed class IdempotencyKeyReusedException(string message) : Exception(message);
