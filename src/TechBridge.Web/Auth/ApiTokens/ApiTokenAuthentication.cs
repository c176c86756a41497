using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using TechBridge.Core.Accounts.ApiTokens;
using TechBridge.Web.Errors;

namespace TechBridge.Web.Auth.ApiTokens;

/// <summary>
/// Adds bearer-token authentication beside the portal's cookie. A policy scheme becomes the default: it sends API
/// requests that carry <c>Authorization: Bearer</c> to the token handler and everything else, every portal page
/// included, to the scheme that was the default before (the cookie). Bearer requests carry no cookie, so the
/// antiforgery checks that protect cookie-authenticated forms do not apply to them.
/// </summary>
public static class ApiTokenAuthentication
{
    public const string Scheme = "ApiToken";
    public const string SelectorScheme = "TechBridge";
    public const string TokenClaim = "tb:token";
    public const string ScopeClaim = "tb:scope";

    public static IServiceCollection AddTechBridgeApiTokens(this IServiceCollection services)
    {
        var portal = new PortalScheme();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(Scheme, null)
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = context =>
                ApiRequests.IsApi(context.Request) && TryGetBearer(context.Request, out _) ? Scheme : portal.Name);
        // Runs after every Configure, so it sees (and keeps forwarding to) whatever the accounts setup made the default.
        services.AddSingleton<IPostConfigureOptions<AuthenticationOptions>>(portal);
        return services;
    }

    /// <summary>Between authentication and authorization: a token without the write scope may only read.</summary>
    public static IApplicationBuilder UseApiTokenScopes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsTokenRequest(context.User) && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !context.User.HasClaim(ScopeClaim, ApiTokenScopes.Write))
            {
                await ApiProblems.WriteStatusAsync(context, StatusCodes.Status403Forbidden);
                return;
            }

            await next(context);
        });

    public static bool IsTokenRequest(ClaimsPrincipal? user) => user?.Identity?.AuthenticationType == Scheme;

    public static bool TryGetBearer(HttpRequest request, out string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = header["Bearer ".Length..].Trim();
            return token.Length > 0;
        }

        token = string.Empty;
        return false;
    }

    private sealed class PortalScheme : IPostConfigureOptions<AuthenticationOptions>
    {
        public string Name { get; private set; } = CookieAuthenticationDefaults.AuthenticationScheme;

        public void PostConfigure(string? name, AuthenticationOptions options)
        {
            var current = options.DefaultAuthenticateScheme ?? options.DefaultScheme;
            if (current is not null && current != SelectorScheme)
            {
                Name = current;
            }

            // Challenges and refusals follow the same choice, unless the accounts setup routed them elsewhere on purpose.
            if ((options.DefaultChallengeScheme ?? options.DefaultScheme) == Name)
            {
                options.DefaultChallengeScheme = SelectorScheme;
            }

            if ((options.DefaultForbidScheme ?? options.DefaultChallengeScheme ?? options.DefaultScheme) is var forbid && (forbid == Name || forbid == SelectorScheme))
            {
                options.DefaultForbidScheme = SelectorScheme;
            }

            options.DefaultAuthenticateScheme = SelectorScheme;
        }
    }
}
