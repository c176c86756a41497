namespace TechBridge.Testing;

/// <summary>
/// Test hosts serve every request from one address, so the portal's rate limits would throttle ordinary test traffic;
/// they get limits far above anything a test sends. The limiter itself is tested on a host of its own, configured low.
/// </summary>
public static class TestRateLimits
{
    public static IReadOnlyDictionary<string, string> Unthrottled { get; } = new Dictionary<string, string>
    {
        ["RateLimits:SignIn:PerClient"] = "1000000",
        ["RateLimits:SignIn:PerAccount"] = "1000000",
        ["RateLimits:Registration:PerClient"] = "1000000",
        ["RateLimits:Registration:PerAccount"] = "1000000",
        ["RateLimits:Search:PerClient"] = "1000000",
        ["RateLimits:Search:PerAccount"] = "1000000",
    };
}
