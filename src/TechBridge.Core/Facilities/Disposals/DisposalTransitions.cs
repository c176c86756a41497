namespace TechBridge.Core.Facilities.Disposals;

/// <summary>
/// The disposal workflow: a program manager decides on a proposal (transfer, disposal, rejection) unless the center
/// withdraws it first; the receiving center accepts a transfer or declines it (back to the program manager); the center
/// records an approved disposal.
/// </summary>
public static class DisposalTransitions
{
    public static DisposalStatus? Next(DisposalStatus from, DisposalAction action) => (from, action) switch
    {
        (DisposalStatus.Proposed, DisposalAction.ApproveTransfer) => DisposalStatus.ApprovedForTransfer,
        (DisposalStatus.Proposed, DisposalAction.ApproveDisposal) => DisposalStatus.ApprovedForDisposal,
        (DisposalStatus.Proposed, DisposalAction.Reject) => DisposalStatus.Rejected,
        (DisposalStatus.Proposed, DisposalAction.Withdraw) => DisposalStatus.Withdrawn,
        (DisposalStatus.ApprovedForTransfer, DisposalAction.AcceptTransfer) => DisposalStatus.TransferAccepted,
        (DisposalStatus.ApprovedForTransfer, DisposalAction.DeclineTransfer) => DisposalStatus.Proposed,
        (DisposalStatus.ApprovedForDisposal, DisposalAction.RecordDisposal) => DisposalStatus.Disposed,
        _ => null,
    };

    /// <summary>The timeline entry an action writes.</summary>
    public static DisposalEventKind EventOf(DisposalAction action) => action switch
    {
        DisposalAction.ApproveTransfer => DisposalEventKind.ApprovedForTransfer,
        DisposalAction.ApproveDisposal => DisposalEventKind.ApprovedForDisposal,
        DisposalAction.Reject => DisposalEventKind.Rejected,
        DisposalAction.Withdraw => DisposalEventKind.Withdrawn,
        DisposalAction.AcceptTransfer => DisposalEventKind.TransferAccepted,
        DisposalAction.DeclineTransfer => DisposalEventKind.TransferDeclined,
        _ => DisposalEventKind.Disposed,
    };
}
