using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Web.Auth;

/// <summary>
/// On every request, checks that the session's account still exists, is enabled and has the security stamp the session
/// began with (a password, role or two-factor change renews it), so such changes end other sessions at their next request.
/// A changed display name or language is picked up without ending the session.
/// </summary>
internal static class PrincipalValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.UserId();
        if (principal is null || id is null)
        {
            await RejectAsync(context);
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<TechBridgeDbContext>();
        var user = await db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id);
        if (user is null || user.IsDisabled || principal.FindFirstValue(UserPrincipal.StampClaim) != user.SecurityStamp)
        {
            await RejectAsync(context);
            return;
        }

        var current = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        var stored = user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal);
        if (!current.SequenceEqual(stored) || principal.FindFirstValue(ClaimTypes.Name) != user.DisplayName
            || principal.FindFirstValue(UserPrincipal.CultureClaim) != user.Culture)
        {
            context.ReplacePrincipal(UserPrincipal.Create(user, principal.SessionId()));
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
