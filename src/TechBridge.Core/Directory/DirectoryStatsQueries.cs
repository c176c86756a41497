using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Core.Directory;

public sealed record DirectoryStats(
    int Organizations, int OverseasInstitutions, int Companies, int People, int Publications, int Countries, int CooperationCenters, int EquipmentCenters);

/// <summary>Headline counts for the home page.</summary>
public sealed class DirectoryStatsQueries(TechBridgeDbContext db)
{
    public async Task<DirectoryStats> GetAsync(CancellationToken cancellationToken = default)
    {
        var byKind = await db.Organizations.GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(OrganizationKind kind) => byKind.Where(k => k.Key == kind).Sum(k => k.Count);
        var countries = await db.Organizations.Select(o => o.CountryCode).Distinct().CountAsync(cancellationToken);
        return new DirectoryStats(
            byKind.Sum(k => k.Count), Count(OrganizationKind.OverseasInstitution), Count(OrganizationKind.Company),
            await db.People.CountAsync(cancellationToken), await db.Publications.CountAsync(cancellationToken), countries,
            Count(OrganizationKind.CooperationCenter), Count(OrganizationKind.EquipmentCenter));
    }
}
