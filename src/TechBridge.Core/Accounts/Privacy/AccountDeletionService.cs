using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;

namespace TechBridge.Core.Accounts.Privacy;

/// <summary>
/// Deletes a person's personal data on their request (or an administrator's, acting on one): the account keeps its id so
/// that records others rely on stay whole (messages they received, timelines, the audit trail), but its name, e-mail,
/// phone, password, second factor, roles, sessions, tokens, settings and inbox are gone, and every kept record that named
/// the person now says <see cref="DeletedPerson.Name"/>.
/// </summary>
public sealed class AccountDeletionService(TechBridgeDbContext db, UserManager<UserAccount> users, AccountService accounts)
{
    private static readonly string[] PersonalAccountFields =
        [nameof(UserAccount.Email), nameof(UserAccount.NormalizedEmail), nameof(UserAccount.UserName),
         nameof(UserAccount.NormalizedUserName), nameof(UserAccount.DisplayName), nameof(UserAccount.PhoneNumber)];

    /// <summary>The owner deletes their own data; the current password confirms it.</summary>
    public async Task DeleteOwnAsync(Guid userId, string? password, CancellationToken cancellationToken = default)
    {
        var user = await FindLiveAsync(userId, cancellationToken);
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            throw ValidationFailedException.For("Password", CoreMessages.Get("Validation.CurrentPassword"));
        }

        await DeleteAsync(userId, cancellationToken);
    }

    /// <summary>An administrator deletes a person's data on their request (authorization is the caller's).</summary>
    public async Task DeleteAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var user = await FindLiveAsync(userId, ct);
            if (user.HasRole(Roles.Administrator))
            {
                await accounts.EnsureAnotherAdministratorAsync(user.Id, ct);
            }

            var email = user.Email;
            Anonymise(user);
            // The column is required; a hash of a secret nobody holds keeps the account unusable for sign-in.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            db.UserSessions.RemoveRange(await db.UserSessions.Where(s => s.UserId == userId).ToListAsync(ct));
            db.Set<UserToken>().RemoveRange(await db.Set<UserToken>().Where(t => t.UserId == userId).ToListAsync(ct));
            db.Set<ApiTokens.ApiToken>().RemoveRange(await db.Set<ApiTokens.ApiToken>().Where(t => t.UserId == userId).ToListAsync(ct));
            db.NotificationSettings.RemoveRange(await db.NotificationSettings.Where(s => s.UserId == userId).ToListAsync(ct));
            db.InboxMessages.RemoveRange(await db.InboxMessages.Where(m => m.UserId == userId).ToListAsync(ct));
            db.OutgoingEmails.RemoveRange(await db.OutgoingEmails.Where(e => e.To == email).ToListAsync(ct));
            db.OrganizationLinkRequests.RemoveRange(await db.OrganizationLinkRequests.Where(r => r.UserId == userId).ToListAsync(ct));
            // Every spelling of the address that records may hold (as typed, and as a directory entry stored it).
            HashSet<string> spellings = [email, email.ToLowerInvariant(), email.ToUpperInvariant()];
            foreach (var person in await PersonalDataQueries.PeopleWithEmail(db.People, email).ToListAsync(ct))
            {
                spellings.Add(person.Email!);
                person.Email = null;

                // The talent side (PhD year, availability, employer) is the person's own account of themselves: it goes too.
                db.TalentProfiles.RemoveRange(await db.TalentProfiles.Where(t => t.PersonId == person.Id).ToListAsync(ct));
            }

            await db.SaveChangesAsync(ct);
            await ScrubKeptRecordsAsync(userId, spellings, ct);
        }, cancellationToken);

    private async Task<UserAccount> FindLiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null || DeletedPerson.IsDeletedEmail(user.Email) ? throw new NotFoundException("UserAccount", userId) : user;
    }

    private static void Anonymise(UserAccount user)
    {
        var placeholder = DeletedPerson.EmailFor(user.Id);
        user.Email = placeholder;
        user.NormalizedEmail = UserAccount.Normalize(placeholder);
        user.UserName = placeholder;
        user.NormalizedUserName = UserAccount.Normalize(placeholder);
        user.EmailConfirmed = false;
        user.DisplayName = DeletedPerson.Name;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.TwoFactorEnabled = false;
        user.IsDisabled = true;
        user.OrganizationId = null;
        user.ManagesOrganization = false;
        user.Roles.Clear();
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    /// <summary>Kept records name the person by e-mail (audit actor) or display name (timelines): both become "deleted person".</summary>
    private async Task ScrubKeptRecordsAsync(Guid userId, IEnumerable<string> emailSpellings, CancellationToken ct)
    {
        var actorId = userId.ToString();
        await db.AuditEntries.Where(e => e.ActorId == actorId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorName, DeletedPerson.Name), ct);
        foreach (var email in emailSpellings)
        {
            await db.AuditEntries.Where(e => e.ActorName == email).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorName, DeletedPerson.Name), ct);
            await db.AuditEntries.Where(e => e.Before != null && e.Before.Contains(email))
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.Before, e => e.Before!.Replace(email, DeletedPerson.Name)), ct);
            await db.AuditEntries.Where(e => e.After != null && e.After.Contains(email))
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.After, e => e.After!.Replace(email, DeletedPerson.Name)), ct);
        }

        await db.SupportRequestEvents.Where(e => e.ActorId == userId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorName, DeletedPerson.Name), ct);
        await db.DisposalEvents.Where(e => e.ActorId == userId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorName, DeletedPerson.Name), ct);

        // The account's own entries also hold its name and phone number: those fields are masked wherever they occur.
        var entityId = userId.ToString();
        var own = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(UserAccount) && e.EntityId == entityId)
            .Select(e => new { e.Id, e.Before, e.After }).ToListAsync(ct);
        foreach (var entry in own)
        {
            var before = Mask(entry.Before);
            var after = Mask(entry.After);
            await db.AuditEntries.Where(e => e.Id == entry.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.Before, before).SetProperty(e => e.After, after), ct);
        }
    }

    private static string? Mask(string? json)
    {
        JsonObject? values;
        try
        {
            values = string.IsNullOrEmpty(json) ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            values = null;
        }

        if (values is null)
        {
            return json;
        }

        foreach (var field in PersonalAccountFields)
        {
            if (values.ContainsKey(field) && values[field] is not null)
            {
                values[field] = DeletedPerson.Name;
            }
        }

        return values.ToJsonString(AuditJson.StoreOptions);
    }
}
