using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Errors;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Api;

/// <summary>
/// Optimistic concurrency over HTTP, the same way on every endpoint: the GET of a versioned entity sends its version as
/// a strong <c>ETag</c> ("3"); PUT and DELETE read <c>If-Match</c> and hand the version to the service, which refuses a
/// stale one with 412. Without <c>If-Match</c> (or with <c>*</c>) a change is still refused with 409 when someone else
/// saved first.
/// </summary>
public static class EntityTags
{
    /// <summary>What an <c>If-Match</c> that names no version of ours stands for: no entity has it, so the change gets 412.</summary>
    public const long NoVersion = 0;

    public static string Of(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void SetETag(this HttpResponse response, long version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Of(version);
    }

    /// <summary>
    /// For a PUT or DELETE of a versioned entity: a change based on an old version answers 412 (stale If-Match) or 409
    /// (lost race) with the current version in the body and as the ETag. Written here rather than by the exception
    /// handler, because the exception handler middleware removes ETag from the responses it writes.
    /// </summary>
    public static RouteHandlerBuilder WithVersionCheck(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (StaleVersionException stale)
            {
                var http = context.HttpContext;
                var problem = StaleVersionProblems.Create(http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>(), stale);
                problem.Extensions["requestId"] = http.TraceIdentifier;
                http.Response.SetETag(stale.CurrentVersion);
                return TypedResults.Problem(problem);
            }
        })
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>
    /// The version <c>If-Match</c> asks for: null when the header is absent or <c>*</c>; <see cref="NoVersion"/> when it
    /// is not one strong tag holding a version (weak tags never match for a change, RFC 9110 §13.1.1).
    /// </summary>
    public static long? IfMatch(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var raw = request.Headers.IfMatch;
        if (raw.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(raw, out var tags) || tags.Count == 0)
        {
            return NoVersion;
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        return tags.Count == 1 && !tags[0].IsWeak
            && long.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : NoVersion;
    }
}
