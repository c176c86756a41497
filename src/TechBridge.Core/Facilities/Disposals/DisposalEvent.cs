namespace TechBridge.Core.Facilities.Disposals;

/// <summary>One step of a disposal case's timeline: who did what and when, with the reason they gave.</summary>
public sealed class DisposalEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public Guid ActorId { get; init; }
    public string ActorName { get; init; } = string.Empty;
    public DisposalEventKind Kind { get; init; }
    public string? Text { get; init; }

    /// <summary>The other center the step concerns: the receiving center of a transfer's approval, acceptance or decline.</summary>
    public Guid? CenterId { get; init; }
    public DateTimeOffset At { get; init; }
}

public enum DisposalEventKind
{
    Proposed,
    ApprovedForTransfer,
    ApprovedForDisposal,
    Rejected,
    Withdrawn,
    TransferAccepted,
    TransferDeclined,
    Disposed,
}
