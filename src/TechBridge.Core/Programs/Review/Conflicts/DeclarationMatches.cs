using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Declarations;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// Turns the conflicts reviewers declared in advance into proposals: a declaration hits a proposal when its organisation is
/// one of the proposal's partners (by directory id, or by name: the partner's name as submitted contains the declared name
/// or is contained in it, ignoring case, as <see cref="ExclusionMatches"/> compares organisations) or its person is one of
/// the proposal's researchers in any spelling (<see cref="PersonNameKey"/>). Declarations past their last day are ignored.
/// </summary>
internal static class DeclarationMatches
{
    /// <returns>Per reviewer: the proposals their declarations hit, with the declared reason.</returns>
    public static async Task<ILookup<Guid, DeclaredConflict>> ForProposalsAsync(
        TechBridgeDbContext db, IReadOnlyList<(Guid Id, ProposalSnapshot Snapshot)> proposals, IReadOnlyList<PoolPerson> reviewers, DateOnly today,
        CancellationToken cancellationToken)
    {
        var reviewerIds = reviewers.Select(r => r.Id).ToList();
        var declarations = proposals.Count == 0 || reviewerIds.Count == 0
            ? []
            : (await db.ReviewerDeclarations.AsNoTracking()
                    .Where(d => reviewerIds.Contains(d.ReviewerId))
                    .GroupJoin(db.Organizations, d => d.OrganizationId, o => o.Id, (d, o) => new { d, o })
                    .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new { x.d, NameKo = o == null ? null : o.NameKo, NameEn = o == null ? null : o.NameEn })
                    .ToListAsync(cancellationToken))
                .Where(x => x.d.Until is not { } until || until >= today)
                .Select(x => new Declared(
                    x.d.ReviewerId, x.d.OrganizationId, [.. new[] { x.d.OrganizationName, x.NameKo, x.NameEn }.OfType<string>().Where(n => n.Trim().Length > 0)],
                    PersonNameKey.Of(x.d.PersonName), x.d.Reason))
                .ToList();
        var matches = new List<(Guid ReviewerId, DeclaredConflict Conflict)>();
        foreach (var (id, snapshot) in proposals)
        {
            var partners = snapshot.Content.Partners;
            var researcherKeys = snapshot.Content.Researchers.SelectMany(r => PersonNameKey.Of(r.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var declaration in declarations)
            {
                var organization = partners.Any(p =>
                    (declaration.OrganizationId is { } organizationId && p.OrganizationId == organizationId)
                    || declaration.OrganizationNames.Any(n => ExclusionMatches.SameOrganization(p.Name, n)));
                if (organization || declaration.PersonKeys.Overlaps(researcherKeys))
                {
                    matches.Add((declaration.ReviewerId, new DeclaredConflict(id.ToString(), declaration.Reason)));
                }
            }
        }

        return matches.ToLookup(m => m.ReviewerId, m => m.Conflict);
    }

    private sealed record Declared(Guid ReviewerId, Guid? OrganizationId, IReadOnlyList<string> OrganizationNames, IReadOnlySet<string> PersonKeys, string Reason);
}
