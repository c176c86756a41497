namespace TechBridge.Core.Facilities.Disposals;

public enum DisposalStatus
{
    /// <summary>Waiting for a program manager's decision (again, after the receiving center declined a transfer).</summary>
    Proposed,

    /// <summary>Waiting for the receiving center to accept or decline the item.</summary>
    ApprovedForTransfer,

    /// <summary>Waiting for the center to record how and when the item was disposed of.</summary>
    ApprovedForDisposal,

    /// <summary>The item stays where it was, in its previous status.</summary>
    Rejected,

    /// <summary>Taken back by the proposing center; the item returns to its previous status.</summary>
    Withdrawn,

    /// <summary>The item now belongs to the receiving center and is available again.</summary>
    TransferAccepted,

    /// <summary>The item is disposed of (sold, scrapped, donated); its history stays.</summary>
    Disposed,
}

public static class DisposalStatuses
{
    /// <summary>The statuses in which the case still waits on someone, for queries (<c>Open.Contains(c.Status)</c>).</summary>
    public static readonly DisposalStatus[] Open = [DisposalStatus.Proposed, DisposalStatus.ApprovedForTransfer, DisposalStatus.ApprovedForDisposal];

    public static bool IsOpen(this DisposalStatus status) => Open.Contains(status);
}

/// <summary>Why the item should go.</summary>
public enum DisposalReasonKind
{
    Idle,
    BeyondRepair,
    Broken,
    Obsolete,
    Other,
}

/// <summary>How a disposed item left the center.</summary>
public enum DisposalMethod
{
    Sale,
    Scrap,
    Donation,
    Other,
}

public enum DisposalAction
{
    ApproveTransfer,
    ApproveDisposal,
    Reject,
    Withdraw,
    AcceptTransfer,
    DeclineTransfer,
    RecordDisposal,
}
