using System.Security.Claims;

namespace TechBridge.Web.Auth;

/// <summary>
/// A service scope per unit of work for interactive components: a circuit lives for minutes, so it must not hold one
/// DbContext for its life (nor run two operations on it at once); each load or command gets its own, audited as the user.
/// </summary>
internal sealed class InteractiveScopes(IServiceScopeFactory scopes)
{
    public AsyncServiceScope Open(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<InteractiveUser>().Set(user, $"interactive:{Guid.NewGuid():N}");
        return scope;
    }
}
