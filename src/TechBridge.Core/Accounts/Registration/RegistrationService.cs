using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Accounts;

/// <summary>
/// Self-service: signing up with e-mail confirmation, and resetting a forgotten password by an e-mailed link. Neither
/// reveals whether an address has an account: the answer and the work are the same, only the e-mail differs.
/// </summary>
public sealed class RegistrationService(
    TechBridgeDbContext db, AccountService accounts, UserManager<UserAccount> users, LinkRequestService links, SessionRevoker sessions,
    INotifier notifier, TimeProvider time)
{
    public async Task RegisterAsync(Registration input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var email = input.Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            errors.Add(nameof(Registration.Email), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Email")));
        }
        else if (email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            errors.Add(nameof(Registration.Email), CoreMessages.Get("Validation.Email"));
        }

        errors.RequireText(nameof(Registration.DisplayName), input.DisplayName, "Field.DisplayName", 200);
        if (!PasswordPolicy.IsSatisfiedBy(input.Password))
        {
            errors.Add(nameof(Registration.Password), CoreMessages.Get("Validation.PasswordPolicy"));
        }

        if (input.Role is null || !Registration.SelfServiceRoles.Contains(input.Role))
        {
            errors.Add(nameof(Registration.Role), CoreMessages.Get("Validation.RoleRequired"));
        }

        if (input.Culture is not ("ko" or "en"))
        {
            errors.Add(nameof(Registration.Culture), CoreMessages.Get("Validation.Culture"));
        }

        if (input.OrganizationId is { } org && !await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            errors.Add(nameof(Registration.OrganizationId), CoreMessages.Get("Validation.UnknownOrganization"));
        }

        errors.MaxLength(nameof(Registration.Message), input.Message, "Field.Message", 1000);
        errors.ThrowIfAny();

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // The owner of the address hears about it; the person signing up sees the same page as anyone else.
            await notifier.EmailAsync(existing.Email, existing.Culture, Notice.Of(NoticeTemplates.AccountAlreadyRegistered, "/account/forgot-password",
                ("name", existing.DisplayName)), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var user = new UserAccount
        {
            Email = email,
            UserName = email,
            DisplayName = input.DisplayName.Trim(),
            Culture = input.Culture,
            EmailConfirmed = false,
            CreatedAt = Clock.UtcNow(time),
        };
        user.Roles.Add(new UserRole { UserId = user.Id, Role = input.Role! });
        try
        {
            await accounts.CreateUniqueAsync(user, input.Password, cancellationToken);
        }
        catch (ValidationFailedException taken) when (taken.Errors.ContainsKey(nameof(NewAccount.Email)))
        {
            return; // a parallel sign-up with the same address won; it sends the confirmation
        }

        if (input.OrganizationId is { } organizationId)
        {
            await links.RequestAsync(user.Id, organizationId, input.Message, notifyApprovers: false, cancellationToken);
        }

        await SendConfirmationAsync(user, cancellationToken);
    }

    public async Task ResendConfirmationAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email?.Trim() ?? string.Empty);
        if (user is { EmailConfirmed: false, IsDisabled: false })
        {
            await SendConfirmationAsync(user, cancellationToken);
        }
    }

    /// <summary>Confirms the address; then the organisation's approvers hear of a waiting link request.</summary>
    public async Task<bool> ConfirmEmailAsync(Guid userId, string code, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || Decode(code) is not { } token)
        {
            return false;
        }

        if (user.EmailConfirmed)
        {
            // Opening the genuine link again says "confirmed"; a made-up code does not.
            return await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<UserAccount>.ConfirmEmailTokenPurpose, token);
        }

        if (!(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return false;
        }

        await links.NotifyApproversOfPendingAsync(user.Id, cancellationToken);
        return true;
    }

    public async Task RequestPasswordResetAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email?.Trim() ?? string.Empty);
        if (user is not { EmailConfirmed: true, IsDisabled: false })
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await notifier.EmailAsync(user.Email, user.Culture, Notice.Of(NoticeTemplates.AccountPasswordReset, LinkWithCode("/account/reset-password", user.Id, token),
            ("name", user.DisplayName)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the new password from a reset link: the account is unlocked and every session of it ends.</summary>
    public async Task ResetPasswordAsync(Guid userId, string code, string newPassword, CancellationToken cancellationToken = default)
    {
        if (!PasswordPolicy.IsSatisfiedBy(newPassword))
        {
            throw ValidationFailedException.For("NewPassword", CoreMessages.Get("Validation.PasswordPolicy"));
        }

        var user = await users.FindByIdAsync(userId.ToString());
        var token = Decode(code);
        if (user is null || token is null || !(await users.ResetPasswordAsync(user, token, newPassword)).Succeeded)
        {
            throw new BusinessRuleException("Rule.ResetLinkInvalid", CoreMessages.Get("Rule.ResetLinkInvalid"));
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await notifier.NotifyUserAsync(user.Id, Notice.Of(NoticeTemplates.AccountSecurityChanged, "/account/security",
            ("name", user.DisplayName), ("time", Kst.Format(Clock.UtcNow(time)))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, exceptSessionId: null, cancellationToken);
    }

    private async Task SendConfirmationAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await notifier.EmailAsync(user.Email, user.Culture, Notice.Of(NoticeTemplates.AccountConfirmEmail, LinkWithCode("/account/confirm-email", user.Id, token),
            ("name", user.DisplayName)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string LinkWithCode(string path, Guid userId, string token) =>
        $"{path}?userId={userId}&code={WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token))}";

    private static string? Decode(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
