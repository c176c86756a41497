using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using TechBridge.Core.Accounts;
using TechBridge.Web.Errors;

namespace TechBridge.Web.Auth;

public static class AuthSetup
{
    /// <summary>Cookie sign-in; deny by default (every endpoint needs a signed-in user unless it opts out).</summary>
    public static IServiceCollection AddTechBridgeAuth(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.AccessDeniedPath = "/account/denied";
                options.Cookie.Name = "tb.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden),
                    OnValidatePrincipal = PrincipalValidator.ValidateAsync,
                };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.DirectoryEditor, p => p.RequireRole(Policies.DirectoryEditorRoles))
            .AddPolicy(Policies.NeedAuthor, p => p.RequireRole(Roles.Company));
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiRequests.IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return ApiProblems.WriteStatusAsync(context.HttpContext, status);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
