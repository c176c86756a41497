using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TechBridge.Core.Accounts;
using TechBridge.Web.Errors;

namespace TechBridge.Web.Auth;

public static class AuthSetup
{
    /// <summary>
    /// Cookie sign-in with server-side sessions, a short-lived half-way cookie for the second factor; deny by default
    /// (every endpoint needs a signed-in user unless it opts out).
    /// </summary>
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
            })
            .AddCookie(PortalSignIn.SecondFactorScheme, options =>
            {
                options.Cookie.Name = "tb.2fa";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
                options.SlidingExpiration = false;
            });
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SessionTicketStoreSetup>();
        services.AddScoped<PortalSignIn>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.DirectoryEditor, p => p.RequireRole(Policies.DirectoryEditorRoles))
            .AddPolicy(Policies.NeedAuthor, p => p.RequireRole(Roles.Company))
            .AddPolicy(Policies.EquipmentEditor, p => p.RequireRole(Policies.EquipmentEditorRoles))
            .AddPolicy(Policies.FacilitiesOverseer, p => p.RequireRole(Roles.ProgramManager, Roles.Administrator))
            .AddPolicy(Policies.CallManager, p => p.RequireRole(Roles.ProgramManager, Roles.Administrator))
            .AddPolicy(Policies.UtilisationViewer, p => p.RequireRole(Policies.UtilisationViewerRoles))
            .AddPolicy(Policies.DisposalViewer, p => p.RequireRole(Policies.DisposalViewerRoles))
            .AddPolicy(Policies.StatementReader, p => p.RequireRole(Policies.StatementReaderRoles))
            .AddPolicy(Policies.FunnelViewer, p => p.RequireRole(Policies.FunnelViewerRoles));
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
