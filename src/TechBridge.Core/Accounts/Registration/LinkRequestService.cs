using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Accounts;

/// <summary>
/// People ask to act for an organisation; an administrator or one of the organisation's managers approves or declines.
/// One open request per person (a unique index holds it under concurrency); a request is decided once.
/// </summary>
public sealed class LinkRequestService(TechBridgeDbContext db, INotifier notifier, TimeProvider time)
{
    public async Task<Guid> RequestAsync(Guid userId, Guid organizationId, string? message, bool notifyApprovers = true, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.MaxLength("Message", message, "Field.Message", 1000);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            errors.Add("OrganizationId", CoreMessages.Get("Validation.UnknownOrganization"));
        }

        errors.ThrowIfAny();
        if (await db.OrganizationLinkRequests.AnyAsync(r => r.UserId == userId && r.Status == LinkRequestStatus.Pending, cancellationToken))
        {
            throw new BusinessRuleException("Rule.LinkRequestPending", CoreMessages.Get("Rule.LinkRequestPending"));
        }

        var request = new OrganizationLinkRequest
        {
            UserId = userId,
            OrganizationId = organizationId,
            Message = TextInput.Blank(message),
            RequestedAt = Clock.UtcNow(time),
        };
        db.OrganizationLinkRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(request).State = EntityState.Detached;
            if (await db.OrganizationLinkRequests.AnyAsync(r => r.UserId == userId && r.Status == LinkRequestStatus.Pending, CancellationToken.None))
            {
                throw new BusinessRuleException("Rule.LinkRequestPending", CoreMessages.Get("Rule.LinkRequestPending"));
            }

            throw;
        }

        if (notifyApprovers)
        {
            await NotifyApproversOfPendingAsync(userId, cancellationToken);
        }

        return request.Id;
    }

    /// <summary>Tells the organisation's managers (or, if it has none, the administrators) about the person's open request.</summary>
    public async Task NotifyApproversOfPendingAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var pending = await db.OrganizationLinkRequests.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == LinkRequestStatus.Pending)
            .Select(r => new { r.OrganizationId })
            .SingleOrDefaultAsync(cancellationToken);
        var applicant = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        if (pending is null || !applicant.EmailConfirmed)
        {
            return;
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == pending.OrganizationId, cancellationToken);
        var approvers = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.OrganizationId == pending.OrganizationId && u.ManagesOrganization)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        if (approvers.Count == 0)
        {
            approvers = await db.Users.AsNoTracking()
                .Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Administrator))
                .Select(u => u.Id).ToListAsync(cancellationToken);
        }

        foreach (var approver in approvers)
        {
            await notifier.NotifyUserAsync(approver, Notice.Of(NoticeTemplates.AccountLinkRequested, "/account/link-requests",
                ("applicant", applicant.DisplayName), ("email", applicant.Email),
                ("organization.ko", organization.NameKo), ("organization.en", string.IsNullOrWhiteSpace(organization.NameEn) ? organization.NameKo : organization.NameEn)), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Open requests an approver may decide: all for an administrator, their organisation's for a manager.</summary>
    public async Task<IReadOnlyList<LinkRequestSummary>> ListPendingAsync(Guid approverId, CancellationToken cancellationToken = default)
    {
        var approver = await Approver(approverId, cancellationToken);
        var requests = db.OrganizationLinkRequests.AsNoTracking().Where(r => r.Status == LinkRequestStatus.Pending);
        if (!approver.HasRole(Roles.Administrator))
        {
            requests = approver is { ManagesOrganization: true, OrganizationId: { } org } ? requests.Where(r => r.OrganizationId == org) : requests.Where(_ => false);
        }

        return await Summaries(requests).ToListAsync(cancellationToken);
    }

    /// <summary>The person's own requests, newest first.</summary>
    public async Task<IReadOnlyList<LinkRequestSummary>> ListOwnAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await Summaries(db.OrganizationLinkRequests.AsNoTracking().Where(r => r.UserId == userId)).ToListAsync(cancellationToken);

    public async Task DecideAsync(Guid approverId, Guid requestId, bool approve, string? note, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.MaxLength("Note", note, "Field.Note", 1000);
        errors.ThrowIfAny();
        var approver = await Approver(approverId, cancellationToken);
        var request = await db.OrganizationLinkRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new NotFoundException("LinkRequest", requestId);
        var allowed = approver.HasRole(Roles.Administrator) || (approver.ManagesOrganization && approver.OrganizationId == request.OrganizationId);
        if (!allowed)
        {
            throw new NotFoundException("LinkRequest", requestId); // another organisation's requests are not even visible
        }

        if (request.Status != LinkRequestStatus.Pending)
        {
            throw new BusinessRuleException("Rule.LinkRequestDecided", CoreMessages.Get("Rule.LinkRequestDecided"));
        }

        request.Status = approve ? LinkRequestStatus.Approved : LinkRequestStatus.Declined;
        request.DecidedAt = Clock.UtcNow(time);
        request.DecidedById = approverId;
        request.DecisionNote = TextInput.Blank(note);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == request.OrganizationId, cancellationToken);
        if (approve)
        {
            var applicant = await db.Users.SingleAsync(u => u.Id == request.UserId, cancellationToken);
            applicant.OrganizationId = request.OrganizationId;
            applicant.ManagesOrganization = false;
            applicant.ConcurrencyStamp = Guid.NewGuid().ToString();
        }

        await notifier.NotifyUserAsync(request.UserId, Notice.Of(approve ? NoticeTemplates.AccountLinkApproved : NoticeTemplates.AccountLinkDeclined, "/account/security",
            ("organization.ko", organization.NameKo), ("organization.en", string.IsNullOrWhiteSpace(organization.NameEn) ? organization.NameKo : organization.NameEn)), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("Rule.LinkRequestDecided", CoreMessages.Get("Rule.LinkRequestDecided"));
        }
    }

    private async Task<UserAccount> Approver(Guid approverId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == approverId, cancellationToken)
        ?? throw new ForbiddenException("Unknown approver.");

    private IQueryable<LinkRequestSummary> Summaries(IQueryable<OrganizationLinkRequest> requests) =>
        from r in requests
        join u in db.Users on r.UserId equals u.Id
        join o in db.Organizations on r.OrganizationId equals o.Id
        orderby r.RequestedAt descending
        select new LinkRequestSummary(
            r.Id, u.Id, u.DisplayName, u.Email, u.Roles.Select(x => x.Role).ToList(), o.Id, o.NameKo, o.NameEn, r.Message, r.Status, r.RequestedAt, r.DecidedAt);
}
