using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Review;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>A person the applicant asked to be kept from reviewing, as the applicant sees the request.</summary>
public sealed record ExclusionRequestView(Guid Id, string PersonName, string? Organization, string Reason, DateTimeOffset CreatedAt);

/// <summary>
/// The applicant's requests that named people not review the proposal: made and withdrawn while the draft is open (up
/// to <see cref="ReviewLimits.MaxExclusionRequests"/>, each with a reason), read by the applicant and program managers.
/// </summary>
public sealed class ExclusionRequestService(TechBridgeDbContext db, ProposalAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<ExclusionRequestView>> ListAsync(Guid userId, Guid proposalId, CancellationToken cancellationToken = default)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        _ = await access.RoleAsync(userId, proposal, cancellationToken) ?? throw new NotFoundException(nameof(Proposal), proposalId);
        return await db.ExclusionRequests.AsNoTracking().Where(r => r.ProposalId == proposalId).OrderBy(r => r.CreatedAt)
            .Select(r => new ExclusionRequestView(r.Id, r.PersonName, r.Organization, r.Reason, r.CreatedAt)).ToListAsync(cancellationToken);
    }

    public async Task<Guid> AddAsync(Guid userId, Guid proposalId, string? personName, string? organization, string? reason, CancellationToken cancellationToken = default)
    {
        await RequireOpenDraftAsync(userId, proposalId, cancellationToken);
        var errors = new ValidationErrors();
        errors.RequireText("personName", personName, "Field.ExcludedPerson", ReviewLimits.PersonNameLength);
        errors.MaxLength("organization", organization, "Field.ExcludedOrganization", ReviewLimits.PersonNameLength);
        errors.RequireText("reason", reason, "Field.ExclusionReason", ReviewLimits.NoteLength);
        errors.PlainText("personName", personName);
        errors.PlainText("organization", organization);
        errors.PlainText("reason", reason);
        errors.ThrowIfAny();
        if (await db.ExclusionRequests.CountAsync(r => r.ProposalId == proposalId, cancellationToken) >= ReviewLimits.MaxExclusionRequests)
        {
            throw new BusinessRuleException("Exclusion.TooMany", CoreMessages.Get("Exclusion.TooMany", ReviewLimits.MaxExclusionRequests));
        }

        var request = new ProposalExclusionRequest
        {
            ProposalId = proposalId, PersonName = personName!.Trim(), Organization = TextInput.Blank(organization), Reason = reason!.Trim(), CreatedAt = Clock.UtcNow(time),
        };
        db.ExclusionRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    public async Task RemoveAsync(Guid userId, Guid proposalId, Guid requestId, CancellationToken cancellationToken = default)
    {
        await RequireOpenDraftAsync(userId, proposalId, cancellationToken);
        var request = await db.ExclusionRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.ProposalId == proposalId, cancellationToken)
            ?? throw new NotFoundException(nameof(ProposalExclusionRequest), requestId);
        db.ExclusionRequests.Remove(request);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RequireOpenDraftAsync(Guid userId, Guid proposalId, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var role = await access.RoleAsync(userId, proposal, cancellationToken) ?? throw new NotFoundException(nameof(Proposal), proposalId);
        if (!role.IsApplicant)
        {
            throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantOnly"));
        }

        if (proposal!.Status != ProposalStatus.Draft)
        {
            throw new BusinessRuleException("Exclusion.Submitted", CoreMessages.Get("Exclusion.Submitted"));
        }
    }
}
