using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// A proposal's documents, each of a <see cref="DocumentKind"/>: the applicant adds and deletes them while the draft is
/// open; once submitted they are part of the frozen proposal (read by the applicant and the program managers, changed by
/// no one). Anyone else does not learn the proposal exists (404).
/// </summary>
public sealed class ProposalAttachmentPolicy(TechBridgeDbContext db, ProposalAccess access, TimeProvider time) : IAttachmentOwnerPolicy
{
    public string OwnerType => AttachmentOwnerTypes.Proposal;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == ownerId, cancellationToken);
        if (await access.RoleAsync(userId, proposal, cancellationToken) is not { } role)
        {
            throw new NotFoundException(nameof(Proposal), ownerId);
        }

        var closes = await db.ProgramCalls.AsNoTracking().Where(c => c.Id == proposal!.CallId).Select(c => new { c.Status, c.ClosesAt }).SingleAsync(cancellationToken);
        var edits = role.IsApplicant && proposal!.Status == ProposalStatus.Draft && closes.Status != CallStatus.Closed && Clock.UtcNow(time) < closes.ClosesAt;
        return new AttachmentRights(CanRead: true, CanAdd: edits, CanDelete: edits);
    }

    public bool AcceptsKind(string? kind) => kind is null || (Enum.TryParse<DocumentKind>(kind, ignoreCase: false, out var k) && Enum.IsDefined(k) && kind == k.ToString());
}
