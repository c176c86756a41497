using Microsoft.AspNetCore.Antiforgery;
using TechBridge.Web.Auth.ApiTokens;
using TechBridge.Web.Errors;

namespace TechBridge.Web.Security;

/// <summary>
/// For form endpoints that serve both the portal and API clients (file uploads): a request signed in with the portal
/// cookie must carry the antiforgery token (a cross-site page can post a multipart form with the cookie), while a bearer
/// token request carries no cookie and is not checked. Use with <c>DisableAntiforgery()</c>, which turns off the
/// framework's check that would refuse every bearer upload.
/// </summary>
public static class AntiforgeryForCookies
{
    public static TBuilder RequireAntiforgeryTokenForCookies<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var handler = endpoint.RequestDelegate ?? throw new InvalidOperationException("The endpoint has no handler.");
            endpoint.RequestDelegate = async context =>
            {
                if (!ApiTokenAuthentication.IsTokenRequest(context.User)
                    && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
                {
                    await ApiProblems.WriteStatusAsync(context, StatusCodes.Status400BadRequest);
                    return;
                }

                await handler(context);
            };
        });
        return builder;
    }
}
