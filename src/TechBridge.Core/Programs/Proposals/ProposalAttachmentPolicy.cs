using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// A proposal's documents, each of a <see cref="DocumentKind"/>: the applicant adds and deletes them while the draft is
/// open; once submitted they are part of the frozen proposal (read by the applicant and the program managers, changed by
/// no one), and by the reviewers it was released to. Anyone else does not learn the proposal exists (404).
/// </summary>
public sealed class ProposalAttachmentPolicy(TechBridgeDbContext db, ProposalAccess access, TimeProvider time) : IAttachmentOwnerPolicy
{
    public string OwnerType => AttachmentOwnerTypes.Proposal;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == ownerId, cancellationToken);
        if (await access.RoleAsync(userId, proposal, cancellationToken) is not { } role)
        {
            // A reviewer the proposal was released to reads its documents, as long as the review is theirs.
            var reviews = proposal is not null && await db.ReviewAssignments.AnyAsync(
                a => a.ProposalId == ownerId && (a.Status == AssignmentStatus.Released || a.Status == AssignmentStatus.Submitted)
                    && db.Reviewers.Any(r => r.Id == a.ReviewerId && r.UserId == userId), cancellationToken);
            return reviews ? new AttachmentRights(CanRead: true, CanAdd: false, CanDelete: false) : throw new NotFoundException(nameof(Proposal), ownerId);
        }

        var closes = await db.ProgramCalls.AsNoTracking().Where(c => c.Id == proposal!.CallId).Select(c => new { c.Status, c.ClosesAt }).SingleAsync(cancellationToken);
        var edits = role.IsApplicant && proposal!.Status == ProposalStatus.Draft && closes.Status != CallStatus.Closed && Clock.UtcNow(time) < closes.ClosesAt;
        return new AttachmentRights(CanRead: true, CanAdd: edits, CanDelete: edits);
    }

    public bool AcceptsKind(string? kind) => kind is null || (Enum.TryParse<DocumentKind>(kind, ignoreCase: false, out var k) && Enum.IsDefined(k) && kind == k.ToString());
}
