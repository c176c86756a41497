using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Disposals;

/// <summary>Loads a case (tracked) with the caller's role to it, refusing those who may not see it.</summary>
public sealed class DisposalAccess(TechBridgeDbContext db, FacilityActors actors)
{
    public async Task<(DisposalCase Case, DisposalRole Role)> LoadAsync(Guid userId, Guid caseId, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync(userId, cancellationToken);
        var found = await db.DisposalCases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new NotFoundException(nameof(DisposalCase), caseId);
        var role = DisposalRole.Of(actor, found.CenterId, found.IndustryCode, found.ReceivingCenterId, found.ProposedById);
        return role.Sees ? (found, role) : throw new NotFoundException(nameof(DisposalCase), caseId);
    }

    public async Task<FacilityActor> ActorAsync(Guid userId, CancellationToken cancellationToken) =>
        await actors.FindAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));

    /// <summary>The acting user's name for the timeline (read with the actor, once per request).</summary>
    public async Task<string> NameOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await actors.FindAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"))).DisplayName;
}
