using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Facilities;

/// <summary>
/// What a signed-in user may do in i-Platform: book for a company (a company user linked to a company), run a center (an
/// operator linked to an equipment center), coordinate industries (a coordinator linked to the representative institution
/// of those industries), or oversee everything (program managers and administrators).
/// </summary>
public sealed record FacilityActor(Guid UserId, string DisplayName, string Culture, Guid? CompanyId, Guid? CenterId, IReadOnlyList<string> Industries, bool IsOverseer)
{
    public bool CanSeeCenter(Guid centerId, string industryCode) =>
        IsOverseer || CenterId == centerId || Industries.Contains(industryCode);

    public bool CanRunCenter(Guid centerId) => IsOverseer || CenterId == centerId;
}

/// <summary>Reads actors; one per user and scope (a request), since a request's service and endpoint both ask for it.</summary>
public sealed class FacilityActors(TechBridgeDbContext db)
{
    private readonly Dictionary<Guid, FacilityActor?> read = [];

    /// <summary>The actor for an enabled account, or null when there is none.</summary>
    public async Task<FacilityActor?> FindAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        if (!read.TryGetValue(userId, out var actor))
        {
            actor = await ReadAsync(userId, cancellationToken);
            read[userId] = actor;
        }

        return actor;
    }

    private async Task<FacilityActor?> ReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Culture, u.OrganizationId,
                OrganizationKind = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => (OrganizationKind?)o.Kind).FirstOrDefault(),
                Roles = u.Roles.Select(r => r.Role).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var industries = user.OrganizationId is { } org && user.Roles.Contains(Roles.Coordinator)
            ? await db.Industries.AsNoTracking().Where(i => i.RepresentativeInstitutionId == org).OrderBy(i => i.SortOrder).Select(i => i.Code).ToListAsync(cancellationToken)
            : [];
        return new FacilityActor(
            user.Id,
            user.DisplayName,
            user.Culture,
            user.Roles.Contains(Roles.Company) && user.OrganizationKind == OrganizationKind.Company ? user.OrganizationId : null,
            user.Roles.Contains(Roles.CenterOperator) && user.OrganizationKind == OrganizationKind.EquipmentCenter ? user.OrganizationId : null,
            industries,
            user.Roles.Contains(Roles.ProgramManager) || user.Roles.Contains(Roles.Administrator));
    }
}
