using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// Reads inquiry threads: the user's own list (hidden threads left out), one thread for its parties and overseers, and the
/// abuse reports for administrators. The sender does not see the e-mail addresses of the recipient side until that side
/// has replied.
/// </summary>
public sealed class InquiryQueries(TechBridgeDbContext db, InquiryAccess access)
{
    /// <summary>The user's threads as sender or recipient, newest activity first.</summary>
    public async Task<PagedResult<InquiryRow>> MineAsync(Guid userId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var mine = (await TakingPartAsync(userId, cancellationToken)).Where(i => i.Status != InquiryStatus.Hidden);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(i => i.LastMessageAt).ThenByDescending(i => i.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(i => new
            {
                Inquiry = i,
                Unread = db.InquiryMessages.Count(m => m.InquiryId == i.Id && m.AuthorUserId != userId
                    && !db.InquiryReads.Any(r => r.InquiryId == i.Id && r.UserId == userId && r.ReadAt >= m.SentAt)),
            })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync([.. rows.Select(r => r.Inquiry)], cancellationToken);
        var items = rows.Select(r =>
        {
            var side = r.Inquiry.SenderId == userId ? InquirySide.Sender : InquirySide.Recipient;
            var (ko, en) = side == InquirySide.Sender ? names.Recipients[r.Inquiry.Id] : names.Senders[r.Inquiry.Id];
            return new InquiryRow(r.Inquiry.Id, r.Inquiry.SubjectKind, r.Inquiry.SubjectTitle, r.Inquiry.Subject, r.Inquiry.Status, side, ko, en,
                r.Inquiry.CreatedAt, r.Inquiry.LastMessageAt, r.Unread);
        }).ToList();
        return new PagedResult<InquiryRow>(items, total, page.Page, page.PageSize);
    }

    /// <summary>How many of the user's (visible) threads hold messages of the other side they have not read.</summary>
    public async Task<int> UnreadThreadsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await (await TakingPartAsync(userId, cancellationToken)).Where(i => i.Status != InquiryStatus.Hidden)
            .CountAsync(i => db.InquiryMessages.Any(m => m.InquiryId == i.Id && m.AuthorUserId != userId
                && !db.InquiryReads.Any(r => r.InquiryId == i.Id && r.UserId == userId && r.ReadAt >= m.SentAt)), cancellationToken);

    /// <summary>One thread, for its parties (hidden ones too, read-only) and for program managers and administrators.</summary>
    public async Task<InquiryThread> ThreadAsync(Guid userId, Guid inquiryId, CancellationToken cancellationToken = default)
    {
        var (inquiry, viewer) = await access.ThreadAsync(userId, inquiryId, cancellationToken);
        var messages = await db.InquiryMessages.AsNoTracking().Where(m => m.InquiryId == inquiryId).OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.AuthorUserId, m.Body, m.SentAt, Author = db.Users.Where(u => u.Id == m.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        var files = (await db.Attachments.AsNoTracking().Where(a => a.OwnerType == AttachmentOwnerTypes.InquiryMessage && ids.Contains(a.OwnerId))
            .Select(a => new { a.OwnerId, a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt }).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .ToLookup(a => a.OwnerId, a => new InquiryAttachment(a.Id, a.FileName, a.ContentType, a.Size));
        var reads = await db.InquiryReads.AsNoTracking().Where(r => r.InquiryId == inquiryId).Select(r => new { r.UserId, r.ReadAt }).ToListAsync(cancellationToken);
        var senderRead = reads.Where(r => r.UserId == inquiry.SenderId).Select(r => (DateTimeOffset?)r.ReadAt).Max();
        var recipientRead = reads.Where(r => r.UserId != inquiry.SenderId).Select(r => (DateTimeOffset?)r.ReadAt).Max();
        var views = messages.Select(m =>
        {
            var side = m.AuthorUserId == inquiry.SenderId ? InquirySide.Sender : InquirySide.Recipient;
            var readBy = side == InquirySide.Sender ? recipientRead : senderRead;
            return new InquiryMessageView(m.Id, m.AuthorUserId, m.Author ?? string.Empty, side, m.Body, m.SentAt, m.AuthorUserId == userId,
                readBy >= m.SentAt, [.. files[m.Id]]);
        }).ToList();

        var recipientReplied = views.Exists(m => m.AuthorSide == InquirySide.Recipient);
        var names = await NamesAsync([inquiry], cancellationToken);
        var (recipientKo, recipientEn) = names.Recipients[inquiry.Id];
        var parties = await PartiesAsync(inquiry, showRecipientEmails: viewer != InquirySide.Sender || recipientReplied, cancellationToken);
        return new InquiryThread(inquiry.Id, inquiry.SubjectKind, inquiry.SubjectId, inquiry.SubjectTitle, inquiry.Subject, inquiry.Status, viewer,
            recipientKo, recipientEn, inquiry.CreatedAt, inquiry.LastMessageAt, inquiry.Version, parties, views);
    }

    /// <summary>What a new inquiry from a hit would be about: the hit's title and the recipient's name (Korean, English); 404 for an unknown hit.</summary>
    public async Task<InquiryPreview> PreviewAsync(InquirySubjectKind kind, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var preview = kind switch
        {
            InquirySubjectKind.Technology => await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == subjectId)
                .Select(t => new InquiryPreview(kind, subjectId, t.TitleKo, t.TitleEn, t.Owner!.NameKo, t.Owner.NameEn)).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Need => await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == subjectId)
                .Select(n => new InquiryPreview(kind, subjectId, n.Title, n.Title, n.Company!.NameKo, n.Company.NameEn)).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Organization => await db.Organizations.AsNoTracking().Where(o => o.Id == subjectId)
                .Select(o => new InquiryPreview(kind, subjectId, o.NameKo, o.NameEn, o.NameKo, o.NameEn)).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Person => await db.People.AsNoTracking().Where(p => p.Id == subjectId)
                .Select(p => new InquiryPreview(kind, subjectId, p.NameKo, p.NameEn, p.NameKo, p.NameEn)).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        return preview ?? throw new NotFoundException(kind.ToString(), subjectId);
    }

    /// <summary>Abuse reports, open ones first and oldest first (administrators only).</summary>
    public async Task<PagedResult<InquiryReportRow>> ReportsAsync(Guid userId, bool openOnly, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (!await ActiveRoles.HasAsync(db, userId, Roles.Administrator, cancellationToken))
        {
            throw new ForbiddenException(CoreMessages.Get("Inquiry.AdministratorsOnly"));
        }

        var reports = db.InquiryReports.AsNoTracking().Where(r => !openOnly || r.Status == InquiryReportStatus.Open);
        var total = await reports.CountAsync(cancellationToken);
        var items = await reports.OrderBy(r => r.Status == InquiryReportStatus.Open ? 0 : 1).ThenBy(r => r.ReportedAt).ThenBy(r => r.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(r => new InquiryReportRow(
                r.Id, r.InquiryId,
                db.Inquiries.Where(i => i.Id == r.InquiryId).Select(i => i.Subject).First(),
                db.Inquiries.Where(i => i.Id == r.InquiryId).Select(i => i.Status).First(),
                db.Users.Where(u => u.Id == r.ReporterId).Select(u => u.DisplayName).First(),
                r.Reason, r.ReportedAt, r.Status, r.ResolvedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<InquiryReportRow>(items, total, page.Page, page.PageSize);
    }

    /// <summary>The threads the user takes part in as sender or on the recipient side (hidden ones included).</summary>
    private async Task<IQueryable<Inquiry>> TakingPartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.OrganizationId, u.NormalizedEmail }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return db.Inquiries.Where(_ => false);
        }

        var organization = user.OrganizationId;
        var email = user.NormalizedEmail?.ToLowerInvariant();
        var people = email is { Length: > 0 }
            ? await db.People.AsNoTracking().Where(p => p.Email != null && p.Email.Trim().ToLower() == email).Select(p => p.Id).ToListAsync(cancellationToken)
            : [];
        return db.Inquiries.AsNoTracking().Where(i => i.SenderId == userId
            || (organization != null && i.RecipientOrganizationId == organization)
            || (i.RecipientPersonId != null && people.Contains(i.RecipientPersonId.Value)));
    }

    private async Task<List<InquiryParty>> PartiesAsync(Inquiry inquiry, bool showRecipientEmails, CancellationToken cancellationToken)
    {
        var sender = await db.Users.AsNoTracking().Where(u => u.Id == inquiry.SenderId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(cancellationToken);
        var parties = new List<InquiryParty> { new(inquiry.SenderId, sender.DisplayName, sender.Email, InquirySide.Sender) };
        var accounts = await access.RecipientUsersAsync(inquiry, cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => accounts.Contains(u.Id)).OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        parties.AddRange(users.Select(u => new InquiryParty(u.Id, u.DisplayName, showRecipientEmails ? u.Email : null, InquirySide.Recipient)));
        if (inquiry.RecipientPersonId is { } personId && users.Count == 0)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.NameKo, p.NameEn, p.Email }).SingleAsync(cancellationToken);
            parties.Add(new InquiryParty(null, person.NameKo.Length > 0 ? person.NameKo : person.NameEn, showRecipientEmails ? person.Email : null, InquirySide.Recipient));
        }

        return parties;
    }

    /// <summary>For each thread, the recipient's name and the sender's ("name (organisation)"), in Korean and English.</summary>
    private async Task<(Dictionary<Guid, (string Ko, string En)> Recipients, Dictionary<Guid, (string Ko, string En)> Senders)> NamesAsync(
        IReadOnlyList<Inquiry> inquiries, CancellationToken cancellationToken)
    {
        var organizationIds = inquiries.SelectMany(i => new[] { i.RecipientOrganizationId, i.SenderOrganizationId }).OfType<Guid>().Distinct().ToList();
        var personIds = inquiries.Select(i => i.RecipientPersonId).OfType<Guid>().Distinct().ToList();
        var senderIds = inquiries.Select(i => i.SenderId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameKo, o.NameEn }).ToDictionaryAsync(o => o.Id, o => (o.NameKo, En: o.NameEn.Length > 0 ? o.NameEn : o.NameKo), cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.NameKo, p.NameEn })
            .ToDictionaryAsync(p => p.Id, p => (Ko: p.NameKo.Length > 0 ? p.NameKo : p.NameEn, En: p.NameEn.Length > 0 ? p.NameEn : p.NameKo), cancellationToken);
        var senders = await db.Users.AsNoTracking().Where(u => senderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var recipientNames = inquiries.ToDictionary(i => i.Id, i => i.RecipientOrganizationId is { } o ? organizations[o] : people[i.RecipientPersonId!.Value]);
        var senderNames = inquiries.ToDictionary(i => i.Id, i =>
        {
            var name = senders[i.SenderId];
            return i.SenderOrganizationId is { } o ? ($"{name} ({organizations[o].NameKo})", $"{name} ({organizations[o].En})") : (name, name);
        });
        return (recipientNames, senderNames);
    }
}
