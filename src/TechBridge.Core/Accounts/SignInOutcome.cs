namespace TechBridge.Core.Accounts;

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
}

/// <summary>The result of a password check; <see cref="User"/> is set only on success.</summary>
public sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null, DateTimeOffset? LockedUntil = null);
