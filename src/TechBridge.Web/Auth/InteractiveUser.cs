using System.Security.Claims;

namespace TechBridge.Web.Auth;

/// <summary>
/// The signed-in user of a unit of work started by an interactive component, whose events arrive over the circuit with
/// no request of their own; the audit records that user instead of whatever request the connection began with.
/// </summary>
internal sealed class InteractiveUser
{
    public ClaimsPrincipal? User { get; private set; }

    public string? ActivityId { get; private set; }

    public void Set(ClaimsPrincipal user, string activityId)
    {
        User = user;
        ActivityId = activityId;
    }
}
