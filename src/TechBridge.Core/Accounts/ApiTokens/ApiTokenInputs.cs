namespace TechBridge.Core.Accounts.ApiTokens;

/// <summary>What a user enters to create a token: a name, the scopes, and a lifetime of 30, 90 or 365 days.</summary>
public sealed record NewApiToken(string? Name, IReadOnlyCollection<string?>? Scopes, int? ExpiresInDays);

/// <summary>A token as listed (never its secret).</summary>
public sealed record ApiTokenSummary(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, bool IsActive)
{
    public static ApiTokenSummary From(ApiToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new ApiTokenSummary(
            token.Id, token.Name, $"{ApiTokenSecrets.Prefix}{token.PublicId}", token.ScopeList, token.CreatedAt, token.ExpiresAt,
            token.LastUsedAt, token.RevokedAt, token.RevokedAt is null && token.ExpiresAt > now);
    }
}

/// <summary>A token just created: <see cref="Token"/> is shown this once and never stored.</summary>
public sealed record CreatedApiToken(ApiTokenSummary Summary, string Token);

/// <summary>Who a valid token speaks for, with the account's current roles.</summary>
public sealed record ApiTokenUser(UserAccount User, Guid TokenId, IReadOnlyList<string> Scopes);
