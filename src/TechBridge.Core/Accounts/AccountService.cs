using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;

namespace TechBridge.Core.Accounts;

/// <summary>
/// Accounts as administrators and their owners change them: creation, roles, disabling, unlocking, passwords, language.
/// Every change that affects what a session may do (password, roles, disabling) renews the security stamp and ends the
/// account's sessions, so a copied cookie stops working at its next request.
/// </summary>
public sealed class AccountService(
    TechBridgeDbContext db, UserManager<UserAccount> users, IUserStore<UserAccount> store, SessionRevoker sessions, TimeProvider time)
{
    private static readonly string[] Cultures = ["ko", "en"];

    public async Task<UserAccount> CreateAsync(NewAccount input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var email = await ValidateNewEmailAsync(errors, input.Email, cancellationToken);
        errors.RequireText(nameof(NewAccount.DisplayName), input.DisplayName, "Field.DisplayName", 200);
        if (!PasswordPolicy.IsSatisfiedBy(input.Password))
        {
            errors.Add(nameof(NewAccount.Password), CoreMessages.Get("Validation.PasswordPolicy"));
        }

        ValidateRoles(errors, input.Roles);
        ValidateCulture(errors, input.Culture);
        if (input.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            errors.Add(nameof(NewAccount.OrganizationId), CoreMessages.Get("Validation.UnknownOrganization"));
        }

        errors.ThrowIfAny();

        var user = new UserAccount
        {
            Email = email,
            UserName = email,
            DisplayName = input.DisplayName.Trim(),
            Culture = input.Culture,
            OrganizationId = input.OrganizationId,
            EmailConfirmed = input.EmailConfirmed,
            CreatedAt = Clock.UtcNow(time),
        };
        user.Roles.AddRange(input.Roles.Distinct(StringComparer.Ordinal).Select(r => new UserRole { UserId = user.Id, Role = r }));
        await CreateUniqueAsync(user, input.Password, cancellationToken);
        return user;
    }

    public async Task EnsureDemoAccountAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.NormalizedEmail == UserAccount.Normalize(account.Email), cancellationToken);
        if (user is null)
        {
            user = await CreateAsync(account, cancellationToken);
            user.IsDemo = true;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (user.IsDemo && AccountIdentity.RequiresTwoFactor(user) && !user.TwoFactorEnabled)
        {
            // Demo accounts of roles that must use two factors share one published key, so a demo can sign in at all.
            await ((IUserAuthenticatorKeyStore<UserAccount>)store).SetAuthenticatorKeyAsync(user, DemoAccounts.AuthenticatorKey, cancellationToken);
            user.TwoFactorEnabled = true;
            Check(await users.UpdateAsync(user), "TwoFactor");
        }
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
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var user = await GetAsync(id, ct);
            if (!roles.Contains(Roles.Administrator) && user.HasRole(Roles.Administrator))
            {
                await EnsureAnotherAdministratorAsync(user.Id, ct);
            }

            var wanted = roles.Distinct(StringComparer.Ordinal).ToList();
            if (wanted.Order(StringComparer.Ordinal).SequenceEqual(user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal)))
            {
                return;
            }

            user.Roles.RemoveAll(r => !wanted.Contains(r.Role));
            user.Roles.AddRange(wanted.Where(r => !user.HasRole(r)).Select(r => new UserRole { UserId = id, Role = r }));
            await RenewStampAsync(user, ct);
        }, cancellationToken);
    }

    public async Task SetDisabledAsync(Guid id, bool disabled, CancellationToken cancellationToken = default) =>
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var user = await GetAsync(id, ct);
            if (user.IsDisabled == disabled)
            {
                return;
            }

            if (disabled && user.HasRole(Roles.Administrator))
            {
                await EnsureAnotherAdministratorAsync(user.Id, ct);
            }

            user.IsDisabled = disabled;
            await RenewStampAsync(user, ct);
        }, cancellationToken);

    public async Task UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await GetAsync(id, cancellationToken);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An administrator sets a new password: the account is unlocked and every session of it ends.</summary>
    public async Task ResetPasswordAsync(Guid id, string newPassword, CancellationToken cancellationToken = default)
    {
        RequirePolicy(newPassword, "Password");
        var user = await GetAsync(id, cancellationToken);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword), "Password");
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(id, exceptSessionId: null, cancellationToken);
    }

    /// <summary>The owner changes the password; every session of the account ends (the browser that did it signs in afresh).</summary>
    public async Task ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        RequirePolicy(newPassword, "NewPassword");
        var user = await GetAsync(id, cancellationToken);
        var result = await users.ChangePasswordAsync(user, currentPassword ?? string.Empty, newPassword);
        if (!result.Succeeded && result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throw ValidationFailedException.For("CurrentPassword", CoreMessages.Get("Validation.CurrentPassword"));
        }

        Check(result, "NewPassword");
        await sessions.EndAllAsync(id, exceptSessionId: null, cancellationToken);
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

    /// <summary>Links an account to an organisation (or unlinks it), optionally as one of its managers.</summary>
    public async Task SetOrganizationAsync(Guid id, Guid? organizationId, bool manages, CancellationToken cancellationToken = default)
    {
        if (organizationId is { } org && !await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            throw ValidationFailedException.For("OrganizationId", CoreMessages.Get("Validation.UnknownOrganization"));
        }

        var user = await GetAsync(id, cancellationToken);
        user.OrganizationId = organizationId;
        user.ManagesOrganization = organizationId is not null && manages;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string?> OrganizationNameAsync(Guid organizationId, bool english, CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => english ? o.NameEn : o.NameKo).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Ends every session of the account ("sign out everywhere"), except the one given.</summary>
    public Task<int> EndSessionsAsync(Guid id, Guid? exceptSessionId, CancellationToken cancellationToken = default) =>
        sessions.EndAllAsync(id, exceptSessionId, cancellationToken);

    internal async Task<string> ValidateNewEmailAsync(ValidationErrors errors, string? input, CancellationToken cancellationToken)
    {
        var email = input?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            errors.Add(nameof(NewAccount.Email), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Email")));
        }
        else if (email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(nameof(NewAccount.Email), CoreMessages.Get("Validation.Email"));
        }
        else if (await EmailTakenAsync(email, cancellationToken))
        {
            errors.Add(nameof(NewAccount.Email), CoreMessages.Get("Validation.EmailTaken"));
        }

        return email;
    }

    /// <summary>Creates the user; a parallel creation of the same e-mail that wins the race makes this one a field error, not a crash.</summary>
    internal async Task CreateUniqueAsync(UserAccount user, string password, CancellationToken cancellationToken)
    {
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            db.Entry(user).State = EntityState.Detached;
            if (await EmailTakenAsync(user.Email, CancellationToken.None))
            {
                throw ValidationFailedException.For(nameof(NewAccount.Email), CoreMessages.Get("Validation.EmailTaken"));
            }

            throw;
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw ValidationFailedException.For(nameof(NewAccount.Email), CoreMessages.Get("Validation.EmailTaken"));
        }

        Check(result, nameof(NewAccount.Password));
    }

    private async Task<bool> EmailTakenAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = UserAccount.Normalize(email);
        return await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    private async Task RenewStampAsync(UserAccount user, CancellationToken cancellationToken)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, exceptSessionId: null, cancellationToken);
    }

    internal async Task EnsureAnotherAdministratorAsync(Guid exceptUserId, CancellationToken cancellationToken)
    {
        var others = await db.Users.CountAsync(
            u => u.Id != exceptUserId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Administrator), cancellationToken);
        if (others == 0)
        {
            throw new BusinessRuleException("Rule.LastAdministrator", CoreMessages.Get("Rule.LastAdministrator"));
        }
    }

    private static void RequirePolicy(string? password, string field)
    {
        if (!PasswordPolicy.IsSatisfiedBy(password))
        {
            throw ValidationFailedException.For(field, CoreMessages.Get("Validation.PasswordPolicy"));
        }
    }

    /// <summary>Identity's remaining refusals (none expected after our own checks) become a field message, never a silent failure.</summary>
    private static void Check(IdentityResult result, string field)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Someone else saved the account between our read and write: a conflict to retry, not bad input.
            throw new BusinessRuleException("Concurrency.Conflict", CoreMessages.Get("Concurrency.Conflict"));
        }

        if (!result.Succeeded)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [field] = [.. result.Errors.Select(e => e.Code == PasswordPolicy.ErrorCode || e.Code.StartsWith("Password", StringComparison.Ordinal)
                    ? CoreMessages.Get("Validation.PasswordPolicy")
                    : CoreMessages.Get("Validation.AccountRefused"))],
            });
        }
    }

    private static void ValidateRoles(ValidationErrors errors, IReadOnlyCollection<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add("Roles", CoreMessages.Get("Validation.RoleRequired"));
            return;
        }

        foreach (var unknown in roles.Where(r => r is null || !Roles.IsKnown(r)))
        {
            errors.Add("Roles", CoreMessages.Get("Validation.UnknownRole", unknown ?? "null"));
        }
    }

    private static void ValidateCulture(ValidationErrors errors, string? culture)
    {
        if (culture is null || !Cultures.Contains(culture))
        {
            errors.Add("Culture", CoreMessages.Get("Validation.Culture"));
        }
    }
}
