namespace TechBridge.Core.Facilities.Requests;

/// <summary>The request's state machine for the steps people take (the parts' answers move it too, see SupportAssignmentService).</summary>
public static class SupportRequestTransitions
{
    public static SupportRequestStatus? Next(SupportRequestStatus from, SupportRequestAction action) => (from, action) switch
    {
        (SupportRequestStatus.Submitted or SupportRequestStatus.InProgress, SupportRequestAction.Ask) => SupportRequestStatus.AwaitingCompany,
        (SupportRequestStatus.AwaitingCompany, SupportRequestAction.Answer) => SupportRequestStatus.InProgress,
        (SupportRequestStatus.Submitted or SupportRequestStatus.AwaitingCompany or SupportRequestStatus.InProgress, SupportRequestAction.Cancel) =>
            SupportRequestStatus.Cancelled,
        (SupportRequestStatus.Submitted or SupportRequestStatus.AwaitingCompany or SupportRequestStatus.InProgress, SupportRequestAction.Close) =>
            SupportRequestStatus.Closed,
        _ => null,
    };
}
