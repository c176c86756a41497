using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TechBridge.Web.Errors;
using TechBridge.Web.Localization;

namespace TechBridge.Web.RateLimiting;

/// <summary>The 429 answer: <c>Retry-After</c> always; problem details on the API, a plain page in the caller's language on the portal.</summary>
internal static class TooManyRequests
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : settings.For(RateLimitedRequests.Classify(context.Request)).Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var message = l["RateLimit.Message", seconds].Value;
        if (ApiRequests.IsApi(context.Request))
        {
            await ApiProblems.WriteAsync(context, new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = l["RateLimit.Title"],
                Detail = message,
            });
            return;
        }

        var html = context.RequestServices.GetRequiredService<HtmlEncoder>(); // the app's: Korean as text, not &#x…;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{html.Encode(Cultures.Current)}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{html.Encode(l["RateLimit.Title"])} · TechBridge</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main class="auth-card" data-testid="too-many-requests"><h1>{html.Encode(l["RateLimit.Title"])}</h1><p>{html.Encode(message)}</p><p><a href="/">TechBridge</a></p></main></body>
            </html>
            """,
            cancellationToken);
    }
}
