using Microsoft.AspNetCore.Antiforgery;

namespace TechBridge.Web.Security;

/// <summary>
/// Refuses a form post without a valid antiforgery token (400). Endpoints that bind no form (sign-out) are not checked
/// by the antiforgery middleware on their own; this convention checks them before their handler runs.
/// </summary>
public static class AntiforgeryRequired
{
    public static TBuilder RequireAntiforgeryToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var handler = endpoint.RequestDelegate ?? throw new InvalidOperationException("The endpoint has no handler.");
            endpoint.RequestDelegate = async context =>
            {
                if (!await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                await handler(context);
            };
        });
        return builder;
    }
}
