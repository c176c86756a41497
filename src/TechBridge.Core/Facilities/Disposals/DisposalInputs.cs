namespace TechBridge.Core.Facilities.Disposals;

/// <summary>A center's proposal: why the item should go (kind and explanation).</summary>
public sealed record DisposalProposalInput(DisposalReasonKind? ReasonKind, string? Text);

/// <summary>
/// A step on a case: the reason (required to approve, reject or decline), the receiving center (transfer approval), the
/// disposal date and method (recording a disposal).
/// </summary>
public sealed record DisposalStepInput(string? Reason = null, Guid? ReceivingCenterId = null, DateOnly? DisposedOn = null, DisposalMethod? Method = null);
