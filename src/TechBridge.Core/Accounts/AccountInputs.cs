namespace TechBridge.Core.Accounts;

/// <summary>What an administrator enters to create an account (created by an administrator, so the e-mail counts as confirmed).</summary>
public sealed record NewAccount(
    string Email, string DisplayName, string Password, IReadOnlyCollection<string> Roles, string Culture = "ko", Guid? OrganizationId = null,
    bool EmailConfirmed = true);

/// <summary>One row of the account list.</summary>
public sealed record AccountSummary(
    Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string Culture, bool IsDisabled,
    DateTimeOffset? LockoutEndsAt, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt, bool IsDemo,
    bool EmailConfirmed = true, bool TwoFactorEnabled = false, Guid? OrganizationId = null, string? OrganizationName = null);
