using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Identity;
using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Accounts;

/// <summary>
/// A person who signs in: an ASP.NET Core Identity user (password hash, security stamp, lockout, e-mail confirmation,
/// two-factor) with TechBridge's own profile (display name, language, organisation, roles). The e-mail is the user name.
/// </summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public UserAccount()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
        LockoutEnabled = true;
    }

    [AllowNull]
    public override string Email
    {
        get => base.Email ?? string.Empty;
        set => base.Email = value;
    }

    [AuditMasked]
    public override string? PasswordHash { get; set; }

    [AuditMasked]
    public override string? SecurityStamp { get; set; }

    [AuditMasked]
    public override string? ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString();

    public required string DisplayName { get; set; }

    /// <summary>Preferred UI culture ("ko" or "en"), remembered across sign-ins.</summary>
    public string Culture { get; set; } = "ko";
    public bool IsDisabled { get; set; }
    public bool IsDemo { get; set; }
    public Guid? OrganizationId { get; set; }

    /// <summary>May approve other people's requests to be linked to <see cref="OrganizationId"/>.</summary>
    public bool ManagesOrganization { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }

    public List<UserRole> Roles { get; init; } = [];

    public bool HasRole(string role) => Roles.Exists(r => r.Role == role);

    public static string Normalize(string email) => (email ?? string.Empty).Trim().ToUpperInvariant();
}

public sealed class UserRole
{
    public Guid UserId { get; init; }
    public required string Role { get; init; }
}

/// <summary>Identity's per-user tokens (authenticator key, recovery codes); their values never reach the audit trail.</summary>
public sealed class UserToken : IdentityUserToken<Guid>
{
    [AuditMasked]
    public override string? Value { get; set; }
}
