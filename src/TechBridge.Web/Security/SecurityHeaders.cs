using Microsoft.AspNetCore.Antiforgery;

namespace TechBridge.Web.Security;

/// <summary>
/// Headers on every response (pages, API, error pages, static files). The portal is static server-rendered HTML with
/// one stylesheet and no script, so its policy allows nothing but this origin's styles, images and form posts. Swagger
/// UI (/api/docs) runs its own scripts from this origin and sets inline styles, so it alone may use inline styles;
/// inline scripts are allowed nowhere.
/// </summary>
public static class SecurityHeaders
{
    public const string PortalPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string ApiDocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IServiceCollection AddTechBridgeSecurity(this IServiceCollection services)
    {
        // The antiforgery cookie is Secure whenever the request came over HTTPS (it was not by default).
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline, so error pages, status-code pages and short-circuited static files get them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase) ? ApiDocsPolicy : PortalPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
