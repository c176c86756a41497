namespace TechBridge.Core.Shared.Notifications;

/// <summary>Settings under <c>TechBridge</c>: the portal's public address, which makes links in e-mails absolute.</summary>
public sealed class NotificationOptions
{
    public const string Section = "TechBridge";

    /// <summary><c>TechBridge:PublicBaseUrl</c>, the address people open the portal at (scheme, host, optional path).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
