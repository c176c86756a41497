using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// Inquiry threads: a signed-in user starts one from a hit (a technology, a need, an organisation, a person), both sides
/// reply (with files), read, close; a party reports abuse and an administrator resolves the report. Each command checks
/// the thread's state and the caller's side, writes the change, its notices and (through the DbContext) the audit in one
/// transaction; the anti-spam limits are counted in the same serializable transaction, so concurrent sends cannot pass them.
/// </summary>
public sealed class InquiryService(
    TechBridgeDbContext db,
    InquiryAccess access,
    InquiryNotices notices,
    AttachmentService attachments,
    InquiryMessageAttachmentPolicy attachmentPolicy,
    AttachmentStore store,
    TimeProvider time)
{
    private readonly StoredFilesTransaction storedFiles = new(db, store);

    /// <summary>Starts a thread with its first message; returns its id. The subject must exist and not be the sender's own organisation or person.</summary>
    public Task<Guid> StartAsync(
        Guid userId, InquirySubjectKind kind, Guid subjectId, string? subject, string? body, IReadOnlyList<UploadedFile>? files = null,
        CancellationToken cancellationToken = default) =>
        StartLinkedAsync(userId, kind, subjectId, subject, body, files, link: null, cancellationToken);

    /// <summary>
    /// <see cref="StartAsync"/>, with a row that ties the new thread to where it came from (e.g. a partnering-event
    /// meeting), made from the thread's id and saved in the same transaction.
    /// </summary>
    internal async Task<Guid> StartLinkedAsync(
        Guid userId, InquirySubjectKind kind, Guid subjectId, string? subject, string? body, IReadOnlyList<UploadedFile>? files,
        Func<Guid, object>? link, CancellationToken cancellationToken)
    {
        files ??= [];
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(kind))
        {
            errors.Add("kind", CoreMessages.Get("Inquiry.UnknownKind"));
        }

        if (subjectId == Guid.Empty)
        {
            errors.Add("subjectId", CoreMessages.Get("Validation.Required", CoreMessages.Get("Inquiry.Field.SubjectId")));
        }

        errors.RequireText("subject", subject, "Inquiry.Field.Subject", InquiryLimits.SubjectLength);
        errors.PlainText("subject", subject);
        CheckMessage(errors, body, files);
        errors.ThrowIfAny();

        var sender = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.OrganizationId, u.NormalizedEmail }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        var target = await TargetAsync(kind, subjectId, cancellationToken);
        var own = target.OrganizationId is { } organization
            ? organization == sender.OrganizationId
            : target.PersonEmail is { Length: > 0 } email && UserAccount.Normalize(email) == sender.NormalizedEmail;
        if (own)
        {
            throw new BusinessRuleException("Inquiry.OwnSide", CoreMessages.Get("Inquiry.OwnSide"));
        }

        return await storedFiles.RunAsync(files.Select(f => f.Content), async ct =>
        {
            var now = Clock.UtcNow(time);
            await CheckLimitsAsync(userId, now, newThread: true, ct);
            var inquiry = new Inquiry
            {
                SubjectKind = kind, SubjectId = subjectId, SubjectTitle = target.Title, RecipientOrganizationId = target.OrganizationId,
                RecipientPersonId = target.OrganizationId is null ? subjectId : null, SenderId = userId, SenderOrganizationId = sender.OrganizationId,
                Subject = subject!.Trim(), Status = InquiryStatus.Open, CreatedAt = now, LastMessageAt = now,
            };
            db.Inquiries.Add(inquiry);
            if (link is not null)
            {
                db.Add(link(inquiry.Id));
            }

            var message = await AddMessageAsync(inquiry, userId, body!, files, now, ct);
            await notices.ReceivedAsync(inquiry, message, ct);
            await db.SaveChangesAsync(ct);
            return inquiry.Id;
        }, cancellationToken);
    }

    /// <summary>Adds a message to an open thread (parties only); returns the message's id.</summary>
    public async Task<Guid> ReplyAsync(
        Guid userId, Guid inquiryId, string? body, IReadOnlyList<UploadedFile>? files = null, CancellationToken cancellationToken = default)
    {
        files ??= [];
        var errors = new ValidationErrors();
        CheckMessage(errors, body, files);
        var (_, side) = await access.ThreadAsync(userId, inquiryId, cancellationToken);
        RequireParty(side);
        errors.ThrowIfAny();
        db.ChangeTracker.Clear();
        return await storedFiles.RunAsync(files.Select(f => f.Content), async ct =>
        {
            var (inquiry, _) = await access.ThreadAsync(userId, inquiryId, ct);
            RequireOpen(inquiry);
            var now = Clock.UtcNow(time);
            await CheckLimitsAsync(userId, now, newThread: false, ct);
            inquiry.LastMessageAt = now;
            var message = await AddMessageAsync(inquiry, userId, body!, files, now, ct);
            await notices.RepliedAsync(inquiry, message, side, ct);
            await db.SaveChangesAsync(ct);
            return message.Id;
        }, cancellationToken);
    }

    /// <summary>Records that the user has read the thread up to now (parties only; overseers leave no receipt).</summary>
    public async Task MarkReadAsync(Guid userId, Guid inquiryId, CancellationToken cancellationToken = default)
    {
        var (_, side) = await access.ThreadAsync(userId, inquiryId, cancellationToken);
        if (side == InquirySide.Overseer)
        {
            return;
        }

        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var now = Clock.UtcNow(time);
            var read = await db.InquiryReads.SingleOrDefaultAsync(r => r.InquiryId == inquiryId && r.UserId == userId, ct);
            if (read is null)
            {
                db.InquiryReads.Add(new InquiryRead { InquiryId = inquiryId, UserId = userId, ReadAt = now });
            }
            else
            {
                read.ReadAt = now;
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>Closes an open thread (either party): no more messages.</summary>
    public async Task CloseAsync(Guid userId, Guid inquiryId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var (inquiry, side) = await access.ThreadAsync(userId, inquiryId, cancellationToken);
        RequireParty(side);
        ExpectedVersion.Check(inquiry, expectedVersion, nameof(Inquiry), inquiryId);
        RequireOpen(inquiry);
        inquiry.Status = InquiryStatus.Closed;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A party reports the thread to the administrators; returns the report's id.</summary>
    public async Task<Guid> ReportAsync(Guid userId, Guid inquiryId, string? reason, CancellationToken cancellationToken = default)
    {
        var (inquiry, side) = await access.ThreadAsync(userId, inquiryId, cancellationToken);
        RequireParty(side);
        var errors = new ValidationErrors();
        errors.RequireText("reason", reason, "Inquiry.Field.Reason", InquiryLimits.ReasonLength);
        errors.PlainText("reason", reason);
        errors.ThrowIfAny();
        if (inquiry.Status == InquiryStatus.Hidden)
        {
            throw new BusinessRuleException("Inquiry.Hidden", CoreMessages.Get("Inquiry.Hidden"));
        }

        if (await db.InquiryReports.AnyAsync(r => r.InquiryId == inquiryId && r.ReporterId == userId && r.Status == InquiryReportStatus.Open, cancellationToken))
        {
            throw new BusinessRuleException("Inquiry.AlreadyReported", CoreMessages.Get("Inquiry.AlreadyReported"));
        }

        var report = new InquiryReport
        {
            InquiryId = inquiryId, ReporterId = userId, Reason = reason!.Trim(), ReportedAt = Clock.UtcNow(time), Status = InquiryReportStatus.Open,
        };
        db.InquiryReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    /// <summary>
    /// An administrator resolves an open report: dismisses it, or hides the thread (then no one may post and it leaves every
    /// list; it is kept for the record). Hiding resolves every open report of the thread.
    /// </summary>
    public async Task ResolveReportAsync(Guid userId, Guid reportId, InquiryReportResolution resolution, CancellationToken cancellationToken = default)
    {
        if (!await ActiveRoles.HasAsync(db, userId, Roles.Administrator, cancellationToken))
        {
            throw new ForbiddenException(CoreMessages.Get("Inquiry.AdministratorsOnly"));
        }

        if (!Enum.IsDefined(resolution))
        {
            throw ValidationFailedException.For("resolution", CoreMessages.Get("Inquiry.UnknownResolution"));
        }

        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var report = await db.InquiryReports.SingleOrDefaultAsync(r => r.Id == reportId, ct) ?? throw new NotFoundException(nameof(InquiryReport), reportId);
            if (report.Status != InquiryReportStatus.Open)
            {
                throw new BusinessRuleException("Inquiry.ReportResolved", CoreMessages.Get("Inquiry.ReportResolved"));
            }

            var now = Clock.UtcNow(time);
            var resolved = resolution == InquiryReportResolution.Hide
                ? await db.InquiryReports.Where(r => r.InquiryId == report.InquiryId && r.Status == InquiryReportStatus.Open).ToListAsync(ct)
                : [report];
            foreach (var r in resolved)
            {
                r.Status = resolution == InquiryReportResolution.Hide ? InquiryReportStatus.Upheld : InquiryReportStatus.Dismissed;
                r.ResolvedById = userId;
                r.ResolvedAt = now;
            }

            if (resolution == InquiryReportResolution.Hide)
            {
                var inquiry = await db.Inquiries.SingleAsync(i => i.Id == report.InquiryId, ct);
                inquiry.Status = InquiryStatus.Hidden;
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    private static void CheckMessage(ValidationErrors errors, string? body, IReadOnlyList<UploadedFile> files)
    {
        errors.RequireText("body", body, "Inquiry.Field.Body", InquiryLimits.BodyLength);
        errors.PlainText("body", body);
        if (files.Count > InquiryLimits.FilesPerMessage)
        {
            errors.Add(AttachmentService.FileField, CoreMessages.Get("Inquiry.TooManyFiles", InquiryLimits.FilesPerMessage));
        }
    }

    private static void RequireParty(InquirySide side)
    {
        if (side == InquirySide.Overseer)
        {
            throw new ForbiddenException(CoreMessages.Get("Inquiry.ReadOnly"));
        }
    }

    private static void RequireOpen(Inquiry inquiry)
    {
        if (inquiry.Status != InquiryStatus.Open)
        {
            var key = inquiry.Status == InquiryStatus.Hidden ? "Inquiry.Hidden" : "Inquiry.Closed";
            throw new BusinessRuleException(key, CoreMessages.Get(key));
        }
    }

    private async Task CheckLimitsAsync(Guid userId, DateTimeOffset now, bool newThread, CancellationToken cancellationToken)
    {
        var threadsSince = now - InquiryLimits.ThreadWindow;
        var messagesSince = now - InquiryLimits.MessageWindow;
        if (newThread && await db.Inquiries.CountAsync(i => i.SenderId == userId && i.CreatedAt > threadsSince, cancellationToken) >= InquiryLimits.ThreadsPerDay)
        {
            throw new BusinessRuleException("Inquiry.TooMany", CoreMessages.Get("Inquiry.TooManyThreads", InquiryLimits.ThreadsPerDay));
        }

        if (await db.InquiryMessages.CountAsync(m => m.AuthorUserId == userId && m.SentAt > messagesSince, cancellationToken) >= InquiryLimits.MessagesPerHour)
        {
            throw new BusinessRuleException("Inquiry.TooMany", CoreMessages.Get("Inquiry.TooManyMessages", InquiryLimits.MessagesPerHour));
        }
    }

    /// <summary>Saves the message (and its thread), then adds its files through the attachment service in the same transaction.</summary>
    private async Task<InquiryMessage> AddMessageAsync(
        Inquiry inquiry, Guid userId, string body, IReadOnlyList<UploadedFile> files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = new InquiryMessage { InquiryId = inquiry.Id, AuthorUserId = userId, Body = body.Trim(), SentAt = now };
        db.InquiryMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        using (attachmentPolicy.Sending(message.Id))
        {
            for (var i = 0; i < files.Count; i++)
            {
                var added = await attachments.AddAsync(AttachmentOwner.InquiryMessage(message.Id), files[i].Content, files[i].FileName, files[i].ContentType, userId, cancellationToken);
                storedFiles.Track(await db.Attachments.Where(a => a.Id == added.Id).Select(a => a.StorageKey).SingleAsync(cancellationToken));
            }
        }

        return message;
    }

    private async Task<Target> TargetAsync(InquirySubjectKind kind, Guid id, CancellationToken cancellationToken)
    {
        var target = kind switch
        {
            InquirySubjectKind.Technology => await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new Target(t.OwnerId, null, t.TitleKo != "" ? t.TitleKo : t.TitleEn)).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Need => await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == id)
                .Select(n => new Target(n.CompanyId, null, n.Title)).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Organization => await db.Organizations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Target(o.Id, null, o.NameKo != "" ? o.NameKo : o.NameEn)).SingleOrDefaultAsync(cancellationToken),
            _ => await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Target(null, p.Email, p.NameKo != "" ? p.NameKo : p.NameEn)).SingleOrDefaultAsync(cancellationToken),
        };
        return target is null
            ? throw new NotFoundException(kind.ToString(), id)
            : target with { Title = target.Title.Length > MarketplaceLimits.TitleLength ? target.Title[..MarketplaceLimits.TitleLength] : target.Title };
    }

    private sealed record Target(Guid? OrganizationId, string? PersonEmail, string Title);
}
