using System.Globalization;
using Microsoft.Net.Http.Headers;

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
