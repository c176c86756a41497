using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Accounts.ApiTokens;

/// <summary>
/// A personal access token for machine clients. The token itself ("tbp_" + public id + "_" + secret) is shown once;
/// only the SHA-256 of its secret is stored, and the public id finds the row without scanning.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public required string Name { get; init; }
    public required string PublicId { get; init; }

    [AuditMasked]
    public required string SecretHash { get; init; }

    /// <summary>Space-separated scopes (<see cref="ApiTokenScopes"/>).</summary>
    public required string Scopes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Updated at most once per <see cref="ApiTokenService.LastUsedResolution"/>, outside the audit trail.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => ApiTokenScopes.Split(Scopes);
}
