using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Accounts;

/// <summary>A person who signs in. Passwords are stored only as ASP.NET Core PasswordHasher hashes.</summary>
public sealed class UserAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }
    public required string DisplayName { get; set; }

    [AuditMasked]
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>Preferred UI culture ("ko" or "en"), remembered across sign-ins.</summary>
    public string Culture { get; set; } = "ko";
    public int FailedSignInCount { get; set; }
    public DateTimeOffset? LockoutEndsAt { get; set; }
    public bool IsDisabled { get; set; }
    public bool IsDemo { get; set; }
    public Guid? OrganizationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }

    public List<UserRole> Roles { get; init; } = [];

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}

public sealed class UserRole
{
    public Guid UserId { get; init; }
    public required string Role { get; init; }
}
