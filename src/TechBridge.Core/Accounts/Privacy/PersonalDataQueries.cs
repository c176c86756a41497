using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Accounts.Privacy;

/// <summary>Gathers one account's personal data for download: the account itself and every record it created or received.</summary>
public sealed class PersonalDataQueries(TechBridgeDbContext db, TimeProvider time)
{
    public async Task<PersonalDataExport> ExportAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("UserAccount", userId);
        var organizationName = user.OrganizationId is { } org
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == org).Select(o => o.NameKo).SingleOrDefaultAsync(cancellationToken)
            : null;
        var account = new PersonalAccountData(
            user.Id, user.Email, user.EmailConfirmed, user.DisplayName, user.PhoneNumber, user.Culture,
            [.. user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal)], user.OrganizationId, organizationName,
            user.ManagesOrganization, user.TwoFactorEnabled, user.CreatedAt, user.LastSignInAt);
        var actorId = userId.ToString();
        var people = await PeopleWithEmail(db.People.AsNoTracking(), user.Email).Select(p => p.Id).ToListAsync(cancellationToken);

        return new PersonalDataExport(
            Clock.UtcNow(time),
            account,
            await PeopleWithEmail(db.People.AsNoTracking(), user.Email).OrderBy(p => p.CreatedAt)
                .Select(p => new PersonalRecordData(p.Id, p.NameKo, p.Kind.ToString(), p.CreatedAt)).ToListAsync(cancellationToken),
            await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.CreatedAt)
                .Select(s => new PersonalSessionData(s.CreatedAt, s.LastSeenAt, s.UserAgent, s.IpAddress)).ToListAsync(cancellationToken),
            await db.Set<ApiTokens.ApiToken>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt)
                .Select(t => new PersonalApiTokenData(t.Name, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt)).ToListAsync(cancellationToken),
            await db.OrganizationLinkRequests.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.RequestedAt)
                .Select(r => new PersonalLinkRequestData(r.OrganizationId, r.Status.ToString(), r.RequestedAt, r.DecidedAt)).ToListAsync(cancellationToken),
            await db.InboxMessages.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.CreatedAt)
                .Select(m => new PersonalInboxData(m.CreatedAt, m.Subject, m.Body, m.Link, m.ReadAt)).ToListAsync(cancellationToken),
            await db.OutgoingEmails.AsNoTracking().Where(e => e.To == user.Email).OrderBy(e => e.CreatedAt)
                .Select(e => new PersonalEmailData(e.CreatedAt, e.Subject, e.Status.ToString(), e.SentAt)).ToListAsync(cancellationToken),
            await db.Reservations.AsNoTracking().Where(r => r.RequestedById == userId).OrderBy(r => r.CreatedAt)
                .Select(r => new PersonalRecordData(r.Id, r.Purpose, r.Status.ToString(), r.CreatedAt)).ToListAsync(cancellationToken),
            await db.SupportRequests.AsNoTracking().Where(r => r.RequestedById == userId).OrderBy(r => r.CreatedAt)
                .Select(r => new PersonalRecordData(r.Id, r.Title, r.Status.ToString(), r.CreatedAt)).ToListAsync(cancellationToken),
            await db.TechnologyNeeds.AsNoTracking().Where(n => n.CreatedById == userId).OrderBy(n => n.CreatedAt)
                .Select(n => new PersonalRecordData(n.Id, n.Title, n.Status.ToString(), n.CreatedAt)).ToListAsync(cancellationToken),
            await db.Proposals.AsNoTracking().Where(p => p.ApplicantId == userId).OrderBy(p => p.CreatedAt)
                .Select(p => new PersonalRecordData(p.Id, p.TitleKo, p.Status.ToString(), p.CreatedAt)).ToListAsync(cancellationToken),
            await db.Inquiries.AsNoTracking().Where(i => i.SenderId == userId).OrderBy(i => i.CreatedAt)
                .Select(i => new PersonalRecordData(i.Id, i.Subject, i.Status.ToString(), i.CreatedAt)).ToListAsync(cancellationToken),
            await db.InquiryMessages.AsNoTracking().Where(m => m.AuthorUserId == userId).OrderBy(m => m.SentAt)
                .Select(m => new PersonalMessageData(m.InquiryId, m.SentAt, m.Body)).ToListAsync(cancellationToken),
            (await db.TalentProfiles.AsNoTracking().Where(t => people.Contains(t.PersonId)).ToListAsync(cancellationToken))
                .Select(t => new PersonalTalentData(t.PersonId, t.Stage.ToString(), t.PhdYear, t.Employer, t.IsKtagMember, t.Availability.ToString(), t.AvailableFrom,
                    t.WillingToConsult, t.UpdatedAt)).ToList(),
            (await db.HiTechMatches.AsNoTracking().Where(m => m.ProposedById == userId || people.Contains(m.ResearcherPersonId))
                .Join(db.TechnologyNeeds, m => m.NeedId, n => n.Id, (m, n) => new PersonalRecordData(m.Id, n.Title, m.Status.ToString(), m.ProposedAt))
                .ToListAsync(cancellationToken)).OrderBy(r => r.CreatedAt).ToList(),
            await db.AdvisoryRequests.AsNoTracking().Where(r => r.RequestedById == userId || (r.MemberPersonId != null && people.Contains(r.MemberPersonId.Value)))
                .OrderBy(r => r.RequestedAt).Select(r => new PersonalRecordData(r.Id, r.Topic, r.Status.ToString(), r.RequestedAt)).ToListAsync(cancellationToken),
            await db.AuditEntries.AsNoTracking().Where(e => e.ActorId == actorId).OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new PersonalActivityData(e.At, e.Action.ToString(), e.EntityType, e.EntityId)).ToListAsync(cancellationToken));
    }

    /// <summary>Directory entries that carry the account's e-mail address (their contact detail goes with the account).</summary>
    internal static IQueryable<Directory.Person> PeopleWithEmail(IQueryable<Directory.Person> people, string email)
    {
        var wanted = email.Trim().ToLowerInvariant();
        return people.Where(p => p.Email != null && p.Email.Trim().ToLower() == wanted);
    }
}
