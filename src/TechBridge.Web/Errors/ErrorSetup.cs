namespace TechBridge.Web.Errors;

public static class ErrorSetup
{
    public static IServiceCollection AddTechBridgeErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
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
