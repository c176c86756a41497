namespace TechBridge.Web.RateLimiting;

/// <summary>One limit: at most <see cref="PerClient"/> requests per client IP and <see cref="PerAccount"/> per account in each window.</summary>
public sealed class RateLimit
{
    public int PerClient { get; set; }
    public int PerAccount { get; set; }
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}

/// <summary>The <c>RateLimits</c> configuration section. The defaults suit one portal; tests configure their own.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts: per IP, and per submitted e-mail (lockout still applies to wrong passwords).</summary>
    public RateLimit SignIn { get; set; } = new() { PerClient = 30, PerAccount = 10, WindowSeconds = 300 };

    /// <summary>Registration and password-reset requests: per IP, and per submitted e-mail; a proposal partner's invitation link: per IP.</summary>
    public RateLimit Registration { get; set; } = new() { PerClient = 10, PerAccount = 3, WindowSeconds = 3600 };

    /// <summary>Searches (API lists with <c>q</c>, partner matching): per IP, and per signed-in user.</summary>
    public RateLimit Search { get; set; } = new() { PerClient = 120, PerAccount = 60, WindowSeconds = 60 };
}
