using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Accounts;

/// <summary>Accounts: password checks with lockout, creation, roles, language preference.</summary>
public sealed class AccountService(TechBridgeDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider time)
{
    private static readonly string[] Cultures = ["ko", "en"];

    public async Task<SignInOutcome> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var normalized = UserAccount.Normalize(email ?? string.Empty);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            // Same work as for a real account, so timing does not reveal which e-mails exist.
            hasher.VerifyHashedPassword(new UserAccount { Email = "", NormalizedEmail = "", DisplayName = "" }, DummyHash.Value, password ?? string.Empty);
            return new SignInOutcome(SignInStatus.Failed);
        }

        var now = Clock.UtcNow(time);
        if (user.IsDisabled)
        {
            return new SignInOutcome(SignInStatus.Disabled);
        }

        if (user.LockoutEndsAt is { } until && until > now)
        {
            return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: until);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? string.Empty);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedSignInCount++;
            if (user.FailedSignInCount >= LockoutPolicy.MaxFailedAttempts)
            {
                user.FailedSignInCount = 0;
                user.LockoutEndsAt = now + LockoutPolicy.Duration;
                await db.SaveChangesAsync(cancellationToken);
                return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: user.LockoutEndsAt);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new SignInOutcome(SignInStatus.Failed);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password!);
        }

        user.FailedSignInCount = 0;
        user.LockoutEndsAt = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInOutcome(SignInStatus.Succeeded, user);
    }

    public async Task<UserAccount> CreateAsync(NewAccount input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var email = input.Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            errors.Add(nameof(NewAccount.Email), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Email")));
        }
        else if (email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(nameof(NewAccount.Email), CoreMessages.Get("Validation.Email"));
        }
        else if (await db.Users.AnyAsync(u => u.NormalizedEmail == UserAccount.Normalize(email), cancellationToken))
        {
            errors.Add(nameof(NewAccount.Email), CoreMessages.Get("Validation.EmailTaken"));
        }

        errors.RequireText(nameof(NewAccount.DisplayName), input.DisplayName, "Field.DisplayName", 200);
        if (!PasswordPolicy.IsSatisfiedBy(input.Password))
        {
            errors.Add(nameof(NewAccount.Password), CoreMessages.Get("Validation.PasswordPolicy"));
        }

        ValidateRoles(errors, input.Roles);
        ValidateCulture(errors, input.Culture);
        errors.ThrowIfAny();

        var user = new UserAccount
        {
            Email = email,
            NormalizedEmail = UserAccount.Normalize(email),
            DisplayName = input.DisplayName.Trim(),
            Culture = input.Culture,
            OrganizationId = input.OrganizationId,
            CreatedAt = Clock.UtcNow(time),
        };
        user.PasswordHash = hasher.HashPassword(user, input.Password);
        user.Roles.AddRange(input.Roles.Distinct(StringComparer.Ordinal).Select(r => new UserRole { UserId = user.Id, Role = r }));
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public async Task EnsureDemoAccountAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == UserAccount.Normalize(account.Email), cancellationToken))
        {
            return;
        }

        var user = await CreateAsync(account, cancellationToken);
        user.IsDemo = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<UserAccount> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
        ?? throw new NotFoundException("User", id);

    public async Task SetRolesAsync(Guid id, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var errors = new ValidationErrors();
        ValidateRoles(errors, roles);
        errors.ThrowIfAny();
        var user = await GetAsync(id, cancellationToken);
        if (!roles.Contains(Roles.Administrator) && user.Roles.Any(r => r.Role == Roles.Administrator))
        {
            await EnsureAnotherAdministratorAsync(user.Id, cancellationToken);
        }

        user.Roles.RemoveAll(r => !roles.Contains(r.Role));
        user.Roles.AddRange(roles.Distinct(StringComparer.Ordinal).Where(r => user.Roles.All(x => x.Role != r)).Select(r => new UserRole { UserId = id, Role = r }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetDisabledAsync(Guid id, bool disabled, CancellationToken cancellationToken = default)
    {
        var user = await GetAsync(id, cancellationToken);
        if (disabled && user.Roles.Any(r => r.Role == Roles.Administrator))
        {
            await EnsureAnotherAdministratorAsync(user.Id, cancellationToken);
        }

        user.IsDisabled = disabled;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await GetAsync(id, cancellationToken);
        user.LockoutEndsAt = null;
        user.FailedSignInCount = 0;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ResetPasswordAsync(Guid id, string newPassword, CancellationToken cancellationToken = default)
    {
        if (!PasswordPolicy.IsSatisfiedBy(newPassword))
        {
            throw ValidationFailedException.For("Password", CoreMessages.Get("Validation.PasswordPolicy"));
        }

        var user = await GetAsync(id, cancellationToken);
        user.PasswordHash = hasher.HashPassword(user, newPassword);
        user.LockoutEndsAt = null;
        user.FailedSignInCount = 0;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetCultureAsync(Guid id, string culture, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        ValidateCulture(errors, culture);
        errors.ThrowIfAny();
        var user = await GetAsync(id, cancellationToken);
        user.Culture = culture;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureAnotherAdministratorAsync(Guid exceptUserId, CancellationToken cancellationToken)
    {
        var others = await db.Users.CountAsync(
            u => u.Id != exceptUserId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Administrator), cancellationToken);
        if (others == 0)
        {
            throw new BusinessRuleException("Rule.LastAdministrator", CoreMessages.Get("Rule.LastAdministrator"));
        }
    }

    private static void ValidateRoles(ValidationErrors errors, IReadOnlyCollection<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add("Roles", CoreMessages.Get("Validation.RoleRequired"));
            return;
        }

        foreach (var unknown in roles.Where(r => !Roles.IsKnown(r)))
        {
            errors.Add("Roles", CoreMessages.Get("Validation.UnknownRole", unknown));
        }
    }

    private static void ValidateCulture(ValidationErrors errors, string? culture)
    {
        if (culture is null || !Cultures.Contains(culture))
        {
            errors.Add("Culture", CoreMessages.Get("Validation.Culture"));
        }
    }

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<UserAccount>().HashPassword(
            new UserAccount { Email = "", NormalizedEmail = "", DisplayName = "" }, "not-a-real-password-0");
    }
}
