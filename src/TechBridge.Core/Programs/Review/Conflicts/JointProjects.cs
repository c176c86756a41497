using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// The joint projects of pool reviewers: the proposals selected in other calls (decisions published in or after
/// <c>firstYear</c>, in KST) that name the reviewer among their researchers, by e-mail address or by name in any spelling.
/// Each such project ties the reviewer to every organisation of its consortium for the conflict window.
/// </summary>
internal static class JointProjects
{
    public static async Task<ILookup<Guid, ReviewerProject>> ForReviewersAsync(
        TechBridgeDbContext db, Guid exceptCallId, IReadOnlyList<PoolPerson> reviewers, int firstYear, CancellationToken cancellationToken)
    {
        var published = (await db.Set<CallSelection>().AsNoTracking()
                .Where(s => s.CallId != exceptCallId && s.PublishedAt != null)
                .Select(s => new { s.CallId, PublishedAt = s.PublishedAt!.Value }).ToListAsync(cancellationToken))
            .Where(s => Kst.ToKst(s.PublishedAt).Year >= firstYear)
            .ToDictionary(s => s.CallId, s => s.PublishedAt);
        var callIds = published.Keys.ToList();
        var selected = (await db.Set<SelectionEntry>().AsNoTracking()
                .Where(e => callIds.Contains(e.CallId) && e.Outcome == SelectionOutcome.Selected)
                .Join(db.Proposals, e => e.ProposalId, p => p.Id, (e, p) => new { e.CallId, p.SnapshotJson })
                .ToListAsync(cancellationToken))
            .Select(x => new { PublishedAt = published[x.CallId], x.SnapshotJson }).ToList();
        if (selected.Count == 0)
        {
            return Array.Empty<(Guid, ReviewerProject)>().ToLookup(x => x.Item1, x => x.Item2);
        }

        var byName = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        var byEmail = new Dictionary<string, List<Guid>>(StringComparer.OrdinalIgnoreCase);
        foreach (var reviewer in reviewers)
        {
            foreach (var key in PersonNameKey.Of(reviewer.NameKo).Union(PersonNameKey.Of(reviewer.NameEn)))
            {
                Add(byName, key, reviewer.Id);
            }

            if (!string.IsNullOrWhiteSpace(reviewer.Email))
            {
                Add(byEmail, reviewer.Email.Trim(), reviewer.Id);
            }
        }

        var projects = new List<(Guid ReviewerId, ReviewerProject Project)>();
        foreach (var row in selected.Where(s => s.SnapshotJson is not null))
        {
            var snapshot = ProposalSnapshots.Deserialize(row.SnapshotJson!);
            var content = snapshot.Content;
            var organizations = content.Partners.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value.ToString()).Distinct().ToList();
            if (organizations.Count == 0)
            {
                continue;
            }

            var members = new HashSet<Guid>();
            foreach (var researcher in content.Researchers)
            {
                members.UnionWith(PersonNameKey.Of(researcher.Name).SelectMany(k => byName.GetValueOrDefault(k, [])));
                if (!string.IsNullOrWhiteSpace(researcher.Email))
                {
                    members.UnionWith(byEmail.GetValueOrDefault(researcher.Email.Trim(), []));
                }
            }

            var title = $"{snapshot.ReceiptNumber} {(content.TitleKo.Length > 0 ? content.TitleKo : content.TitleEn)}";
            var project = new ReviewerProject(title, Kst.ToKst(row.PublishedAt).Year, organizations);
            projects.AddRange(members.Select(m => (m, project)));
        }

        return projects.ToLookup(p => p.ReviewerId, p => p.Project);
    }

    private static void Add<TKey>(Dictionary<TKey, List<Guid>> index, TKey key, Guid id)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }
}
