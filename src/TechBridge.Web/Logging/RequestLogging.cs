using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TechBridge.Web.Logging;

/// <summary>
/// One structured log line per request, inside a scope carrying the request id. The id is taken from an
/// incoming X-Request-Id when it is well-formed (so a proxy's id follows the request) and echoed back.
/// </summary>
public static partial class RequestLogging
{
    public const string Header = "X-Request-Id";

    public static WebApplicationBuilder AddTechBridgeLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        }
        else
        {
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; });
        }

        return builder;
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var incoming = context.Request.Headers[Header].ToString();
            if (IdPattern().IsMatch(incoming))
            {
                context.TraceIdentifier = incoming;
            }

            // Set as the response starts: the exception handler clears headers, and a re-executed page must still carry it.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = context.TraceIdentifier;
                return Task.CompletedTask;
            });
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TechBridge.Requests");
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = context.TraceIdentifier });
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation(
                    "{Method} {Path} → {StatusCode} in {ElapsedMs:0.0} ms (user {User})",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.User.Identity?.Name ?? "-");
            }
        });

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex IdPattern();
}
