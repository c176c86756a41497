using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// Who a user is to a support request: the company that sent it, a coordinator of its industry (or an overseer), or a
/// center with a part of it. Anyone else does not learn that the request exists (404).
/// </summary>
public sealed record SupportRequestRole(FacilityActor Actor, bool IsCompany, bool Coordinates, bool HasPart)
{
    public bool Sees => IsCompany || Coordinates || HasPart;

    public static SupportRequestRole Of(FacilityActor actor, SupportRequest request, IEnumerable<Guid> centersWithParts)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        return new SupportRequestRole(
            actor,
            actor.CompanyId == request.CompanyId,
            actor.IsOverseer || actor.Industries.Contains(request.IndustryCode),
            actor.CenterId is { } center && centersWithParts.Contains(center));
    }
}

/// <summary>Loads a request (tracked) with the caller's role to it, refusing those who may not see it.</summary>
public sealed class SupportRequestAccess(TechBridgeDbContext db, FacilityActors actors)
{
    public async Task<(SupportRequest Request, SupportRequestRole Role)> LoadAsync(Guid userId, Guid requestId, CancellationToken cancellationToken)
    {
        var actor = await actors.FindAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        var request = await db.SupportRequests.Include(r => r.Stages).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new NotFoundException(nameof(SupportRequest), requestId);
        var centers = await db.SupportAssignments.AsNoTracking().Where(a => a.RequestId == requestId).Select(a => a.CenterId).ToListAsync(cancellationToken);
        var role = SupportRequestRole.Of(actor, request, centers);
        return role.Sees ? (request, role) : throw new NotFoundException(nameof(SupportRequest), requestId);
    }

    /// <summary>The acting user's name for the timeline (read with the actor, once per request).</summary>
    public async Task<string> NameOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await actors.FindAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"))).DisplayName;
}
