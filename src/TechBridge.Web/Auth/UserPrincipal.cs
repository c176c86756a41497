using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using TechBridge.Core.Accounts;

namespace TechBridge.Web.Auth;

/// <summary>Builds the signed-in principal from an account and reads it back.</summary>
public static class UserPrincipal
{
    public const string CultureClaim = "tb:culture";

    /// <summary>The server-side session this principal belongs to (its row in UserSessions).</summary>
    public const string SessionClaim = "tb:sid";

    /// <summary>The account's security stamp when the session began; a renewed stamp ends the session.</summary>
    public const string StampClaim = "tb:stamp";

    public static ClaimsPrincipal Create(UserAccount user, Guid? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Email, user.Email),
            new(CultureClaim, user.Culture),
            new(SessionClaim, (sessionId ?? Guid.NewGuid()).ToString()),
            new(StampClaim, user.SecurityStamp ?? string.Empty),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.Role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;
}
