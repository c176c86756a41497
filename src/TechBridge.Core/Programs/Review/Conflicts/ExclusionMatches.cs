using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// Turns applicants' exclusion requests into reviewer ids: a reviewer is meant when their name matches the named person in
/// any spelling (romanisations and name order included) and, when the applicant gave an organisation, one of the reviewer's
/// organisations contains it or is contained in it (ignoring case), in Korean or English.
/// </summary>
internal static class ExclusionMatches
{
    /// <returns>Per proposal id (as text): the exclusion requests that hit a reviewer, with the applicant's reason.</returns>
    public static async Task<ILookup<string, ExclusionRequest>> ForCallAsync(
        TechBridgeDbContext db, Guid callId, IReadOnlyList<PoolPerson> reviewers, CancellationToken cancellationToken)
    {
        var requests = await db.ExclusionRequests.AsNoTracking()
            .Where(r => db.Proposals.Any(p => p.Id == r.ProposalId && p.CallId == callId && p.Status == ProposalStatus.Submitted))
            .ToListAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return Array.Empty<(string, ExclusionRequest)>().ToLookup(x => x.Item1, x => x.Item2);
        }

        var organizationIds = reviewers.SelectMany(r => r.Organizations).Distinct().ToList();
        var names = new Dictionary<Guid, string[]>();
        foreach (var chunk in organizationIds.Chunk(500))
        {
            foreach (var o in await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.NameKo, o.NameEn }).ToListAsync(cancellationToken))
            {
                names[o.Id] = [o.NameKo, o.NameEn];
            }
        }

        var keys = reviewers.Select(r => (Reviewer: r, Keys: NameKeys(r.NameKo, r.NameEn))).ToList();
        var matches = new List<(string ProposalId, ExclusionRequest Request)>();
        foreach (var request in requests)
        {
            var wanted = PersonNameKey.Of(request.PersonName);
            foreach (var (reviewer, reviewerKeys) in keys.Where(k => k.Keys.Overlaps(wanted)))
            {
                if (request.Organization is { } organization
                    && !reviewer.Organizations.Any(o => names.TryGetValue(o, out var n) && n.Any(x => SameOrganization(x, organization))))
                {
                    continue;
                }

                matches.Add((request.ProposalId.ToString(), new ExclusionRequest(reviewer.Id.ToString(), request.Reason)));
            }
        }

        return matches.ToLookup(m => m.ProposalId, m => m.Request, StringComparer.Ordinal);
    }

    private static HashSet<string> NameKeys(string nameKo, string nameEn)
    {
        var keys = new HashSet<string>(PersonNameKey.Of(nameKo), StringComparer.Ordinal);
        keys.UnionWith(PersonNameKey.Of(nameEn));
        return keys;
    }

    internal static bool SameOrganization(string name, string asked) =>
        name.Length > 0 && (name.Contains(asked.Trim(), StringComparison.OrdinalIgnoreCase) || asked.Contains(name, StringComparison.OrdinalIgnoreCase));
}
