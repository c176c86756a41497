using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TechBridge.Core.Accounts.ApiTokens;
using TechBridge.Web.Errors;

namespace TechBridge.Web.Auth.ApiTokens;

/// <summary>
/// <c>Authorization: Bearer tbp_…</c> on an API request: the token's user with that user's current roles, plus the
/// token's scopes. A wrong, revoked or expired token, or a disabled user, fails authentication (401 problem details).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiTokenAuthentication.TryGetBearer(Request, out var presented))
        {
            return AuthenticateResult.NoResult();
        }

        var found = await tokens.AuthenticateAsync(presented, Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("The API token is not valid.");
        }

        var claims = UserPrincipal.Create(found.User).Claims
            .Append(new Claim(ApiTokenAuthentication.TokenClaim, found.TokenId.ToString()))
            .Concat(found.Scopes.Select(s => new Claim(ApiTokenAuthentication.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiTokenAuthentication.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiTokenAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteStatusAsync(Context, StatusCodes.Status401Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteStatusAsync(Context, StatusCodes.Status403Forbidden);
}
