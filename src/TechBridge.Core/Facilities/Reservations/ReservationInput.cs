namespace TechBridge.Core.Facilities.Reservations;

/// <summary>What a company user asks for: the equipment, [start, end) and what it is for; a hold is tentative and expires.</summary>
public sealed record ReservationInput(DateTimeOffset? Start, DateTimeOffset? End, string? Purpose, bool Hold = false);

/// <summary>What an operator (or the company, for a cancellation) says when acting on a reservation.</summary>
public sealed record ReservationDecision(string? Reason = null, int? Samples = null);

public enum ReservationAction
{
    /// <summary>The company turns its hold into a request (or a confirmed reservation when no approval is needed).</summary>
    Confirm,
    Approve,
    Decline,
    Cancel,
    CheckIn,
    CheckOut,
    NoShow,
    Expire,
}
