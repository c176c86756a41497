using System.Security.Claims;
using TechBridge.Core.Shared.Audit;

namespace TechBridge.Web.Auth;

/// <summary>
/// The audit actor: the signed-in user (or "anonymous") and the request id of a web request, or the user of an
/// interactive component's unit of work (<see cref="InteractiveScopes"/>).
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor, InteractiveUser interactive) : IAuditActor
{
    private ClaimsPrincipal? User => interactive.User ?? accessor.HttpContext?.User;

    public string? ActorId => User?.UserId()?.ToString();

    public string ActorName => User switch
    {
        { Identity.IsAuthenticated: true } user => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "user",
        null => "system",
        _ => "anonymous",
    };

    public string? RequestId => interactive.ActivityId ?? accessor.HttpContext?.TraceIdentifier;
}
