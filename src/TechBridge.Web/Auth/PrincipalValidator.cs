using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Web.Auth;

/// <summary>
/// On every request, checks that the cookie's account still exists, is enabled, and has the same roles;
/// a disabled account or a role change takes effect at once, not when the cookie expires.
/// </summary>
internal static class PrincipalValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.UserId();
        if (id is null)
        {
            await RejectAsync(context);
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<TechBridgeDbContext>();
        var user = await db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id);
        if (user is null || user.IsDisabled)
        {
            await RejectAsync(context);
            return;
        }

        var current = context.Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        var stored = user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal);
        if (!current.SequenceEqual(stored) || context.Principal!.FindFirstValue(ClaimTypes.Name) != user.DisplayName)
        {
            context.ReplacePrincipal(UserPrincipal.Create(user));
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
