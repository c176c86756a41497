using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// How well each reviewer's work fits each proposal: the matching engine's expertise model (the one the <c>affinity</c>
/// command uses) over the reviewers' publications in the directory, queried with the proposal's titles and summaries in
/// both languages as submitted.
/// </summary>
internal static class ReviewerAffinity
{
    public static async Task<Dictionary<(Guid Proposal, Guid Reviewer), double>> ScoreAsync(
        TechBridgeDbContext db, IReadOnlyList<(Guid Id, ProposalContent Content)> proposals, IReadOnlyList<(Guid ReviewerId, Guid PersonId)> reviewers,
        CancellationToken cancellationToken)
    {
        var reviewerOf = reviewers.ToDictionary(r => r.PersonId.ToString(), r => r.ReviewerId);
        var publications = new List<ExpertPublication>();
        foreach (var chunk in reviewers.Select(r => r.PersonId).Chunk(500))
        {
            // The id becomes text here, not in SQL: SQLite keeps Guids as upper-case text, so its ToString() would not match the keys above.
            var rows = await db.Set<Directory.PublicationAuthor>().AsNoTracking().Where(a => chunk.Contains(a.PersonId))
                .OrderBy(a => a.PersonId).ThenBy(a => a.PublicationId)
                .Select(a => new { a.PersonId, a.Publication!.Title, a.Publication.Abstract }).ToListAsync(cancellationToken);
            publications.AddRange(rows.Select(a => new ExpertPublication(a.PersonId.ToString(), a.Title, a.Abstract)));
        }

        var scores = new Dictionary<(Guid, Guid), double>();
        if (publications.Count == 0)
        {
            return scores;
        }

        var affinity = new ExpertiseAffinity(publications, new BilingualAnalyzer());
        foreach (var (id, content) in proposals)
        {
            var text = string.Join('\n', new[] { content.SummaryKo, content.SummaryEn }.Where(t => !string.IsNullOrWhiteSpace(t)));
            foreach (var (person, score) in affinity.Score($"{content.TitleKo} {content.TitleEn}", text))
            {
                scores[(id, reviewerOf[person])] = Math.Round(score, 6);
            }
        }

        return scores;
    }
}
