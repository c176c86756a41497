namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// The <c>Email</c> section: the SMTP server mail is sent through, and how the dispatcher retries. Without a
/// <see cref="Host"/> (development, tests) each mail is written as an .eml file to the pickup directory instead.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>Require STARTTLS (the default). When false, port 465 uses TLS from the start and other ports plain SMTP.</summary>
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@techbridge.local";
    public string FromName { get; set; } = "TechBridge";

    /// <summary>Where mail goes without a <see cref="Host"/>; by default <c>&lt;data directory&gt;/mail</c>.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>Attempts before a mail is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failed attempt; it doubles with each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the outbox is checked when no commit has signalled new mail.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a dispatcher holds a mail it is sending before another instance may take it over.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Connect and command timeout of the SMTP client.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
    public int BatchSize { get; set; } = 20;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    public TimeSpan DelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = RetryDelay.TotalMilliseconds * factor;
        return delay >= MaxRetryDelay.TotalMilliseconds ? MaxRetryDelay : TimeSpan.FromMilliseconds(delay);
    }
}
