using System.Text;
using Microsoft.AspNetCore.Identity;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238, Identity's provider) and one-time recovery codes.
/// Turning it on or off renews the security stamp and ends every session of the account (the browser that did it signs in afresh).
/// </summary>
public sealed class TwoFactorService(
    TechBridgeDbContext db, UserManager<UserAccount> users, IUserStore<UserAccount> store, SignInService signIn, SessionRevoker sessions)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to enter in the app (grouped for reading) and the otpauth URI for its QR code; a key is made if there is none.</summary>
    public async Task<AuthenticatorSetup> GetSetupAsync(Guid userId)
    {
        var user = await FindAsync(userId);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: that renews the security stamp, which would end this very session (or the
            // half-way sign-in) just for looking at the page. A key nobody has confirmed yet grants nothing.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<UserAccount>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        var label = Uri.EscapeDataString("TechBridge:" + user.Email);
        var uri = $"otpauth://totp/{label}?secret={key}&issuer=TechBridge&digits=6";
        return new AuthenticatorSetup(grouped.ToString().TrimEnd().ToLowerInvariant(), uri);
    }

    /// <summary>Turns two-factor sign-in on once a code from the app proves the key was added; returns the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(Guid userId, string code, CancellationToken cancellationToken = default)
    {
        if (!await signIn.CheckSecondFactorAsync(userId, code, isRecoveryCode: false, cancellationToken: cancellationToken))
        {
            throw ValidationFailedException.For("Code", CoreMessages.Get("Validation.TwoFactorCode"));
        }

        var user = await FindAsync(userId);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await sessions.EndAllAsync(userId, exceptSessionId: null, cancellationToken);
        return codes;
    }

    public async Task DisableAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId);
        if (AccountIdentity.RequiresTwoFactor(user))
        {
            throw new BusinessRuleException("Rule.TwoFactorRequired", CoreMessages.Get("Rule.TwoFactorRequired"));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await sessions.EndAllAsync(userId, exceptSessionId: null, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Guid userId)
    {
        var user = await FindAsync(userId);
        if (!user.TwoFactorEnabled)
        {
            throw new BusinessRuleException("Rule.TwoFactorOff", CoreMessages.Get("Rule.TwoFactorOff"));
        }

        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
    }

    public async Task<int> RecoveryCodesLeftAsync(Guid userId) => await users.CountRecoveryCodesAsync(await FindAsync(userId));

    private async Task<UserAccount> FindAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        await db.Entry(user).Collection(u => u.Roles).LoadAsync();
        return user;
    }
}

public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);
