namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// Where a deal stands: one of the pipeline's stages in order (the last step recorded), or lost. A deal in
/// <see cref="FollowUp"/> is completed (the contract is signed; only revenue reports are added).
/// </summary>
public enum DealState
{
    Inquiry,
    Nda,
    TechnicalMeeting,
    TermSheet,
    Contract,
    FollowUp,
    Lost,
}
