using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TechBridge.Web.Auth;

namespace TechBridge.Web.RateLimiting;

/// <summary>ASP.NET Core's rate limiter with one global, chained limiter: per client IP, then per account (<see cref="RateLimitedRequests"/>).</summary>
public static class RateLimitSetup
{
    private const string PostedEmailItem = "tb:rate-limit-email";

    public static IServiceCollection AddTechBridgeRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings, perAccount: false)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings, perAccount: true)));
            options.OnRejected = (context, cancellationToken) => TooManyRequests.WriteAsync(context, settings, cancellationToken);
        });
        return services;
    }

    /// <summary>After authentication (search is limited per signed-in user), before the endpoints.</summary>
    public static IApplicationBuilder UseTechBridgeRateLimiting(this IApplicationBuilder app)
    {
        // The limiter's partitioning is synchronous; the e-mail a sign-in or registration form posts is read here first.
        // ReadFormAsync buffers the form, so the page reads the same values afterwards.
        app.Use(async (context, next) =>
        {
            if (RateLimitedRequests.LimitsByPostedEmail(RateLimitedRequests.Classify(context.Request)) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var email = form.FirstOrDefault(f => f.Key.EndsWith("email", StringComparison.OrdinalIgnoreCase)).Value.ToString();
                context.Items[PostedEmailItem] = email.Trim().ToUpperInvariant();
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    public static RateLimit For(this RateLimitOptions options, LimitedKind kind)
    {
        ArgumentNullException.ThrowIfNull(options);
        return kind switch
        {
            LimitedKind.SignIn => options.SignIn,
            LimitedKind.Registration => options.Registration,
            _ => options.Search,
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions settings, bool perAccount)
    {
        var kind = RateLimitedRequests.Classify(context.Request);
        if (kind == LimitedKind.None)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limit = settings.For(kind);
        string? account = perAccount ? AccountOf(context, kind) : ClientOf(context);
        if (string.IsNullOrEmpty(account))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var permits = perAccount ? limit.PerAccount : limit.PerClient;
        return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{(perAccount ? "account" : "ip")}:{account}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static string ClientOf(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : IPAddress.None.ToString();

    private static string? AccountOf(HttpContext context, LimitedKind kind) =>
        RateLimitedRequests.LimitsByPostedEmail(kind)
            ? context.Items[PostedEmailItem] as string
            : context.User.UserId()?.ToString();
}
