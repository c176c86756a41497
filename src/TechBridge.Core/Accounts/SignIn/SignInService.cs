using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Accounts;

/// <summary>
/// Password and second-factor checks with lockout that holds under any concurrency: before a secret is evaluated, one
/// attempt is reserved by an atomic conditional UPDATE (fewer than the limit so far, not locked), so no more than
/// <see cref="AccountIdentity.MaxFailedAttempts"/> wrong secrets are ever evaluated in a row, however many requests race.
/// Unknown e-mails, wrong passwords and locked accounts get the same answer after the same work (one hash verification).
/// </summary>
public sealed class SignInService(
    TechBridgeDbContext db, UserManager<UserAccount> users, IPasswordHasher<UserAccount> hasher, IAuditActor actor, TimeProvider time)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(
        new UserAccount { DisplayName = string.Empty }, "not-a-real-password-0"));

    public async Task<SignInOutcome> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        password ??= string.Empty;
        var normalized = UserAccount.Normalize(email ?? string.Empty);
        var user = normalized.Length == 0 ? null : await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null || !await TryReserveAttemptAsync(user.Id, cancellationToken))
        {
            // Same work as for a real account, so neither the answer nor its timing tells which e-mails exist or are locked.
            hasher.VerifyHashedPassword(new UserAccount { DisplayName = string.Empty }, DummyHash.Value, password);
            return new SignInOutcome(SignInStatus.Failed);
        }

        var verdict = user.PasswordHash is null ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(user, cancellationToken);
            return new SignInOutcome(SignInStatus.Failed);
        }

        await ResetAttemptsAsync(user.Id, cancellationToken);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignInOutcome(Classify(user), user);
    }

    /// <summary>Checks a code from the authenticator app, or a one-time recovery code, under the same lockout as passwords.</summary>
    public async Task<bool> CheckSecondFactorAsync(
        Guid userId, string code, bool isRecoveryCode, string? expectedSecurityStamp = null, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDisabled || (expectedSecurityStamp is not null && user.SecurityStamp != expectedSecurityStamp)
            || !await TryReserveAttemptAsync(user.Id, cancellationToken))
        {
            return false;
        }

        // Recovery codes are stored as issued ("ABCDE-12345"); app codes are digits that people type with spaces or a dash.
        var cleaned = new string((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && (isRecoveryCode || c != '-')).ToArray());
        if (isRecoveryCode)
        {
            cleaned = cleaned.ToUpperInvariant();
        }

        var valid = cleaned.Length > 0 && (isRecoveryCode
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, cleaned)).Succeeded
            : await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, cleaned));
        if (!valid)
        {
            await RecordFailureAsync(user, cancellationToken);
            return false;
        }

        await ResetAttemptsAsync(user.Id, cancellationToken);
        return true;
    }

    public async Task<UserAccount> FindForSignInAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Users.Include(u => u.Roles).SingleAsync(u => u.Id == userId, cancellationToken);

    /// <summary>Records a completed sign-in (audited as the person signing in).</summary>
    public async Task RecordSignInAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.LastSignInAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static SignInStatus Classify(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsDisabled)
        {
            return SignInStatus.Disabled;
        }

        if (!user.EmailConfirmed)
        {
            return SignInStatus.EmailNotConfirmed;
        }

        if (user.TwoFactorEnabled)
        {
            return SignInStatus.RequiresTwoFactor;
        }

        return AccountIdentity.RequiresTwoFactor(user) ? SignInStatus.RequiresTwoFactorSetup : SignInStatus.Succeeded;
    }

    private async Task<bool> TryReserveAttemptAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = Clock.UtcNow(time);
        var reserved = await db.Users
            .Where(u => u.Id == userId && u.AccessFailedCount < AccountIdentity.MaxFailedAttempts && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), cancellationToken);
        return reserved == 1;
    }

    /// <summary>The attempt stays counted; the one that reaches the limit starts the lockout.</summary>
    private async Task RecordFailureAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var until = Clock.UtcNow(time) + AccountIdentity.LockoutDuration;
        var locked = await db.Users
            .Where(u => u.Id == user.Id && u.AccessFailedCount >= AccountIdentity.MaxFailedAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0), cancellationToken);
        AuditRecords.Add(db, actor, time, nameof(UserAccount), user.Id.ToString(), locked == 1
            ? new Dictionary<string, object?> { ["Event"] = "LockedOut", [nameof(UserAccount.LockoutEnd)] = until }
            : new Dictionary<string, object?> { ["Event"] = "SignInFailed" });
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<int> ResetAttemptsAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId && (u.AccessFailedCount != 0 || u.LockoutEnd != null))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null), cancellationToken);
}
