using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TechBridge.Core.Accounts;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Auth;

/// <summary>
/// The steps of a portal sign-in after the password: the half-way state between password and second factor (a short-lived
/// cookie of its own that grants nothing else), and the full sign-in that starts a server-side session.
/// </summary>
public sealed class PortalSignIn(SignInService signIn)
{
    /// <summary>The scheme of the half-way cookie: who passed the password check, and what must come next.</summary>
    public const string SecondFactorScheme = "TechBridge.SecondFactor";
    private const string PurposeClaim = "tb:2fa-purpose";
    private const string ReturnClaim = "tb:return";

    public enum SecondFactorPurpose
    {
        Verify,
        Setup,
    }

    /// <summary>Starts a session for the account: audited as the person signing in, language cookie written.</summary>
    public async Task SignInAsync(HttpContext context, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = await signIn.FindForSignInAsync(userId, context.RequestAborted);
        var principal = UserPrincipal.Create(user);
        context.User = principal; // from here on, this request acts as the person who just proved who they are (audit)
        await signIn.RecordSignInAsync(user, context.RequestAborted);
        await context.SignOutAsync(SecondFactorScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        Cultures.WriteCookie(context.Response, user.Culture);
    }

    public static Task BeginSecondFactorAsync(HttpContext context, UserAccount user, SecondFactorPurpose purpose, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(UserPrincipal.StampClaim, user.SecurityStamp ?? string.Empty),
            new Claim(PurposeClaim, purpose.ToString()),
            new Claim(ReturnClaim, LocalUrls.OrHome(returnUrl)),
        ], SecondFactorScheme);
        return context.SignInAsync(SecondFactorScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Who is half-way through signing in, for what, and where they were going; null when nobody is (or it expired).</summary>
    public static async Task<PendingSecondFactor?> PendingAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(SecondFactorScheme);
        if (!result.Succeeded || result.Principal.UserId() is not { } userId
            || !Enum.TryParse<SecondFactorPurpose>(result.Principal.FindFirstValue(PurposeClaim), out var purpose))
        {
            return null;
        }

        return new PendingSecondFactor(userId, purpose, result.Principal.FindFirstValue(UserPrincipal.StampClaim) ?? string.Empty,
            LocalUrls.OrHome(result.Principal.FindFirstValue(ReturnClaim)));
    }

    public sealed record PendingSecondFactor(Guid UserId, SecondFactorPurpose Purpose, string SecurityStamp, string ReturnUrl);
}
