namespace TechBridge.Core.Accounts;

/// <summary>After <see cref="MaxFailedAttempts"/> wrong passwords in a row the account is locked for <see cref="Duration"/>.</summary>
public static class LockoutPolicy
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
}
