namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// Finds every conflict of interest between reviewers and proposals, each with its source and evidence: the same
/// organisation, the same person, co-authorship or a joint project within <c>years</c> of <c>currentYear</c>, the
/// reviewer's declaration, the applicant's request. Names are compared through <see cref="PersonNameKey"/>, so the
/// spellings of one Korean name meet. One pair may have several conflicts; all are listed.
/// </summary>
public static class ConflictFinder
{
    public static IReadOnlyList<ConflictOfInterest> Find(
        IReadOnlyList<ReviewerProfile> reviewers, IReadOnlyList<ProposalParties> proposals, int currentYear, int years)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var byOrganization = Index(proposals, p => p.OrganizationIds.Select(o => (o, o)));
        var byName = Index(proposals, p => p.ResearcherNames.SelectMany(n => PersonNameKey.Of(n).Select(k => (k, n))));
        var known = proposals.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var found = new List<ConflictOfInterest>();
        var seen = new HashSet<ConflictOfInterest>();

        void Add(string proposal, string reviewer, ConflictSource source, string evidence)
        {
            var conflict = new ConflictOfInterest(proposal, reviewer, source, evidence);
            if (seen.Add(conflict))
            {
                found.Add(conflict);
            }
        }

        foreach (var reviewer in reviewers)
        {
            foreach (var organization in reviewer.OrganizationIds)
            {
                foreach (var (proposal, _) in byOrganization.GetValueOrDefault(organization, []))
                {
                    Add(proposal, reviewer.Id, ConflictSource.SameOrganization, organization);
                }
            }

            var ownKeys = reviewer.Names.SelectMany(PersonNameKey.Of).ToHashSet(StringComparer.Ordinal);
            foreach (var key in ownKeys)
            {
                foreach (var (proposal, written) in byName.GetValueOrDefault(key, []))
                {
                    Add(proposal, reviewer.Id, ConflictSource.SamePerson, written);
                }
            }

            foreach (var publication in reviewer.Publications.Where(p => currentYear - p.Year <= years))
            {
                foreach (var author in publication.Authors)
                {
                    var keys = PersonNameKey.Of(author);
                    if (keys.Overlaps(ownKeys))
                    {
                        continue; // the reviewer themself
                    }

                    foreach (var key in keys)
                    {
                        foreach (var (proposal, written) in byName.GetValueOrDefault(key, []))
                        {
                            Add(proposal, reviewer.Id, ConflictSource.Coauthorship, $"{written} · {publication.Title} ({publication.Year})");
                        }
                    }
                }
            }

            foreach (var project in reviewer.Projects.Where(p => currentYear - p.Year <= years))
            {
                foreach (var organization in project.OrganizationIds)
                {
                    foreach (var (proposal, _) in byOrganization.GetValueOrDefault(organization, []))
                    {
                        Add(proposal, reviewer.Id, ConflictSource.JointProject, $"{organization} · {project.Title} ({project.Year})");
                    }
                }
            }

            foreach (var proposal in reviewer.DeclaredProposalIds.Where(known.Contains))
            {
                Add(proposal, reviewer.Id, ConflictSource.DeclaredByReviewer, string.Empty);
            }

            foreach (var declared in reviewer.DeclaredInAdvance.Where(d => known.Contains(d.ProposalId)))
            {
                Add(declared.ProposalId, reviewer.Id, ConflictSource.DeclaredByReviewer, declared.Reason);
            }
        }

        var reviewerIds = reviewers.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var proposal in proposals)
        {
            foreach (var request in proposal.ExclusionRequests.Where(r => reviewerIds.Contains(r.ReviewerId)))
            {
                Add(proposal.Id, request.ReviewerId, ConflictSource.RequestedByApplicant, request.Reason);
            }
        }

        return found;
    }

    private static Dictionary<string, List<(string Proposal, string Written)>> Index(
        IReadOnlyList<ProposalParties> proposals, Func<ProposalParties, IEnumerable<(string Key, string Written)>> keys)
    {
        var index = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var proposal in proposals)
        {
            foreach (var (key, written) in keys(proposal).DistinctBy(k => k.Key))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add((proposal.Id, written));
            }
        }

        return index;
    }
}
