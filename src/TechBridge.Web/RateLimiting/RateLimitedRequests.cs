namespace TechBridge.Web.RateLimiting;

/// <summary>The kinds of request that are limited.</summary>
public enum LimitedKind
{
    None,
    SignIn,
    Registration,
    Search,
}

/// <summary>
/// Which requests are limited, and how — the one place that says so:
/// <list type="table">
/// <item><term>sign-in</term><description>POST /account/login — per client IP and per e-mail posted in the form; POST
/// /account/login/two-factor — per client IP (<c>RateLimits:SignIn</c>).</description></item>
/// <item><term>registration</term><description>POST /account/register, /account/forgot-password, /account/reset-password and
/// /account/confirm-email — per client IP and per e-mail posted in the form, where it has one
/// (<c>RateLimits:Registration</c>); likewise, per client IP, a partner's invitation link read or answered without an account
/// (GET and POST under /api/v1/programs/invitations/{token}).</description></item>
/// <item><term>search</term><description>GET on any /api/v1 list with a non-empty <c>q</c>, POST /api/v1/matching/partners,
/// questions to the equipment assistant (POST /api/v1/facilities/assistant and the /facilities/assistant form),
/// and the /matching page when it runs a search (<c>need</c> or <c>needId</c> given) — per client IP and per signed-in user
/// (<c>RateLimits:Search</c>).</description></item>
/// </list>
/// Everything else is not limited. Each limit is a fixed window without queueing; a refused request gets 429 with
/// <c>Retry-After</c> (problem details on the API, a short page on the portal).
/// </summary>
public static class RateLimitedRequests
{
    public static LimitedKind Classify(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        if (path.StartsWithSegments("/api/v1/programs/invitations", StringComparison.OrdinalIgnoreCase))
        {
            return LimitedKind.Registration;
        }

        if (HttpMethods.IsPost(request.Method))
        {
            if (Is(path, "/account/login") || Is(path, "/account/login/two-factor"))
            {
                return LimitedKind.SignIn;
            }

            if (Is(path, "/account/register") || Is(path, "/account/forgot-password") || Is(path, "/account/reset-password")
                || Is(path, "/account/confirm-email"))
            {
                return LimitedKind.Registration;
            }

            if (Is(path, "/api/v1/matching/partners") || Is(path, "/api/v1/facilities/assistant") || Is(path, "/facilities/assistant"))
            {
                return LimitedKind.Search;
            }
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            if (path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(request.Query["q"]))
            {
                return LimitedKind.Search;
            }

            if (Is(path, "/matching") && (!string.IsNullOrWhiteSpace(request.Query["need"]) || !string.IsNullOrWhiteSpace(request.Query["needId"])))
            {
                return LimitedKind.Search;
            }
        }

        return LimitedKind.None;
    }

    /// <summary>Forms whose account is the e-mail they post; it is read (and buffered for the page) before the limiter runs.</summary>
    public static bool LimitsByPostedEmail(LimitedKind kind) => kind is LimitedKind.SignIn or LimitedKind.Registration;

    private static bool Is(PathString path, string expected) =>
        path.Equals(expected, StringComparison.OrdinalIgnoreCase) || path.Equals(expected + "/", StringComparison.OrdinalIgnoreCase);
}
