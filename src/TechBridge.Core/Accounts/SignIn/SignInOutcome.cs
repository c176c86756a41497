namespace TechBridge.Core.Accounts;

public enum SignInStatus
{
    Succeeded,

    /// <summary>Unknown e-mail, wrong password, or an account that is locked: one answer for all, so none reveals which.</summary>
    Failed,

    /// <summary>The password is right and a code from the authenticator app (or a recovery code) must follow.</summary>
    RequiresTwoFactor,

    /// <summary>The password is right; the account's role requires two-factor sign-in, which is not set up yet.</summary>
    RequiresTwoFactorSetup,

    /// <summary>The password is right but an administrator disabled the account.</summary>
    Disabled,

    /// <summary>The password is right but the e-mail address is not confirmed yet.</summary>
    EmailNotConfirmed,
}

/// <summary>The result of a password check; <see cref="User"/> is set only when the password was right.</summary>
public sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null);
