using System.Security.Claims;
using TechBridge.Core.Shared.Audit;

namespace TechBridge.Web.Auth;

/// <summary>The audit actor for a web request: the signed-in user (or "anonymous") and the request id.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string? ActorId => accessor.HttpContext?.User.UserId()?.ToString();

    public string ActorName => accessor.HttpContext?.User switch
    {
        { Identity.IsAuthenticated: true } user => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "user",
        null => "system",
        _ => "anonymous",
    };

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;
}
