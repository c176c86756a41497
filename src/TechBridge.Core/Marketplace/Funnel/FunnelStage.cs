namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// What an activity counts as in the marketplace funnel. <see cref="Licences"/> and <see cref="ConsortiaApplied"/> are the
/// two kinds of closed deal; the funnel's last step, deals closed, is their sum. Joint research is not a stage: no record
/// tells whether a closed deal was a joint research agreement (deals are licences or assignments of a technology).
/// </summary>
public enum FunnelStage
{
    NeedsFiled,
    PartnersContacted,
    MeetingsHeld,
    DealsOpened,
    Licences,
    ConsortiaApplied,
}
