namespace TechBridge.Web.Errors;

public static class ErrorSetup
{
    public static IServiceCollection AddTechBridgeErrors(this IServiceCollection services)
    {
        // Every problem body names the request, whoever writes it (exception handler, status code pages, auth, results).
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions.TryAdd("requestId", c.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<DomainExceptionHandler>();

        // Binding failures reach the exception handler, which names the field, instead of ending as a bare 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>API responses that end with an error status and no body (unknown route, wrong method …) get a problem body.</summary>
    public static IApplicationBuilder UseApiStatusCodeProblems(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (ApiRequests.IsApi(context.Request) && context.Response is { HasStarted: false, StatusCode: >= 400 } && !context.Response.ContentLength.HasValue
                && string.IsNullOrEmpty(context.Response.ContentType))
            {
                await ApiProblems.WriteStatusAsync(context, context.Response.StatusCode);
            }
        });
}
