namespace TechBridge.Core.Facilities.Requests;

/// <summary>What a company sends: its product and problem, the industry, the R&amp;D stages it needs help with and when.</summary>
public sealed record SupportRequestInput(
    string? Title, string? IndustryCode, string? Product, string? Problem, IReadOnlyList<string>? Stages, int? Trl, DateOnly? PeriodFrom, DateOnly? PeriodTo);

/// <summary>A coordinator's routing of a part of a request to a center.</summary>
public sealed record AssignmentInput(Guid? CenterId, EquipmentServiceKind? Service, string? StageCode = null, Guid? EquipmentId = null, string? Note = null);

/// <summary>
/// A center's quote: the price before VAT and, for equipment use or a test, the equipment and the slot; optionally one of the
/// center's active packages, whose price is the default when no price is given.
/// </summary>
public sealed record QuoteInput(
    long? PriceKrw, Guid? EquipmentId = null, DateTimeOffset? Start = null, DateTimeOffset? End = null, string? Note = null, Guid? PackageId = null);

/// <summary>A question, an answer or a reason.</summary>
public sealed record SupportMessage(string? Text);

public enum SupportRequestAction
{
    Ask,
    Answer,
    Cancel,
    Close,
}

public enum SupportAssignmentAction
{
    Quote,
    Decline,
    Accept,
    Reject,
}
