using TechBridge.Core.Facilities.Requests;

namespace TechBridge.Web.Components.Pages.Facilities.Requests;

/// <summary>Badge colours: waiting on someone is warn, moving or done well is ok, ended without result is off.</summary>
public static class SupportRequestTones
{
    public static string Of(SupportRequestStatus status) => status switch
    {
        SupportRequestStatus.Submitted or SupportRequestStatus.AwaitingCompany => "warn",
        SupportRequestStatus.InProgress or SupportRequestStatus.Completed => "ok",
        _ => "off",
    };

    public static string Of(SupportAssignmentStatus status) => status switch
    {
        SupportAssignmentStatus.Assigned or SupportAssignmentStatus.Quoted => "warn",
        SupportAssignmentStatus.Accepted => "ok",
        _ => "off",
    };
}
