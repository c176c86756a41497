namespace TechBridge.Web.Auth;

/// <summary>Redirect targets taken from requests must stay on this site (no open redirect via "//host" or "/\host").</summary>
public static class LocalUrls
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
