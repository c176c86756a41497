using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Accounts.ApiTokens;

/// <summary>Creates, lists, revokes and checks personal access tokens. Creation and revocation are audited by SaveChanges.</summary>
public sealed class ApiTokenService(TechBridgeDbContext db, TimeProvider time)
{
    public const int MaxNameLength = 100;

    /// <summary>Last use is recorded at this resolution, so a busy client costs one UPDATE per interval, not per call.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public async Task<CreatedApiToken> CreateAsync(Guid userId, NewApiToken input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var name = TextInput.Blank(input.Name);
        if (name is null || name.Length > MaxNameLength)
        {
            errors.Add("name", CoreMessages.Get(name is null ? "ApiToken.NameRequired" : "ApiToken.NameTooLong", MaxNameLength));
        }

        var scopes = ApiTokenScopes.Normalize(input.Scopes);
        if (scopes is null)
        {
            errors.Add("scopes", CoreMessages.Get("ApiToken.Scopes"));
        }

        if (input.ExpiresInDays is not { } days || !ApiTokenScopes.LifetimeDays.Contains(days))
        {
            errors.Add("expiresInDays", CoreMessages.Get("ApiToken.Lifetime"));
        }

        errors.ThrowIfAny();

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("User", userId);
        }

        var (publicId, secret, token) = ApiTokenSecrets.Generate();
        var now = Clock.UtcNow(time);
        var entity = new ApiToken
        {
            UserId = userId,
            Name = name!,
            PublicId = publicId,
            SecretHash = ApiTokenSecrets.Hash(secret),
            Scopes = scopes!,
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.ExpiresInDays!.Value),
        };
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(ApiTokenSummary.From(entity, now), token);
    }

    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(t => ApiTokenSummary.From(t, now))];
    }

    /// <summary>Revokes one of <paramref name="userId"/>'s tokens; another user's token is "not found", not "forbidden".</summary>
    public async Task RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("ApiToken", tokenId);
        if (token.RevokedAt is null)
        {
            token.RevokedAt = Clock.UtcNow(time);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The account a presented token speaks for, or null when the token is unknown, wrong, revoked, expired, or its user is disabled.</summary>
    public async Task<ApiTokenUser?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenSecrets.TryParse(presented, out var publicId, out var secret))
        {
            return null;
        }

        var token = await db.Set<ApiToken>().AsNoTracking().SingleOrDefaultAsync(t => t.PublicId == publicId, cancellationToken);
        var now = Clock.UtcNow(time);
        if (token is null || !ApiTokenSecrets.Matches(secret, token.SecretHash) || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        if (token.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            // A usage stamp, not a change anyone makes: written directly (one row, no audit entry), and only when stale.
            var stale = now - LastUsedResolution;
            await db.Set<ApiToken>().Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt <= stale))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new ApiTokenUser(user, token.Id, token.ScopeList);
    }
}
