namespace TechBridge.Core.Facilities.Disposals;

/// <summary>
/// Who a user is to a disposal case: the proposing center's side (its operators; overseers too), a reviewer (program
/// managers and administrators), the receiving center of an approved transfer, or a coordinator of the item's industry
/// (who follows but does not act). Anyone else does not learn that the case exists (404). A proposal is withdrawn by
/// the center's operators or by whoever proposed it, not by a reviewer who did not (a reviewer decides instead).
/// </summary>
public sealed record DisposalRole(FacilityActor Actor, bool Proposes, bool Reviews, bool Receives, bool Coordinates, bool Withdraws)
{
    public bool Sees => Proposes || Reviews || Receives || Coordinates;

    public static DisposalRole Of(FacilityActor actor, Guid centerId, string industryCode, Guid? receivingCenterId, Guid proposedById)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new DisposalRole(
            actor,
            actor.CanRunCenter(centerId),
            actor.IsOverseer,
            actor.IsOverseer || (receivingCenterId is { } receiving && actor.CenterId == receiving),
            actor.Industries.Contains(industryCode),
            actor.CenterId == centerId || actor.UserId == proposedById);
    }

    /// <summary>Whether this role may take the action (the transition table says whether the case's status allows it).</summary>
    public bool May(DisposalAction action) => action switch
    {
        DisposalAction.ApproveTransfer or DisposalAction.ApproveDisposal or DisposalAction.Reject => Reviews,
        DisposalAction.Withdraw => Withdraws,
        DisposalAction.RecordDisposal => Proposes,
        _ => Receives,
    };
}
