using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Facilities;

/// <summary>An i-Platform industry with its representative institution (null when not yet set) and how many coordinators it has.</summary>
public sealed record IndustryLead(string Code, string NameKo, string NameEn, Guid? InstitutionId, string? InstitutionKo, string? InstitutionEn, int Coordinators);

public sealed class IndustryQueries(TechBridgeDbContext db)
{
    public async Task<IReadOnlyList<IndustryLead>> LeadsAsync(CancellationToken cancellationToken = default) =>
        await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder)
            .Select(i => new IndustryLead(
                i.Code, i.NameKo, i.NameEn, i.RepresentativeInstitutionId,
                db.Organizations.Where(o => o.Id == i.RepresentativeInstitutionId).Select(o => o.NameKo).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == i.RepresentativeInstitutionId).Select(o => o.NameEn).FirstOrDefault(),
                db.Users.Count(u => u.OrganizationId != null && u.OrganizationId == i.RepresentativeInstitutionId && !u.IsDisabled
                                    && u.Roles.Any(r => r.Role == Roles.Coordinator))))
            .ToListAsync(cancellationToken);
}
