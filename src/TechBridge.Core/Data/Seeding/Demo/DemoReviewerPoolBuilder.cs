using TechBridge.Core.Programs.Review.Pool;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// The demo pool of reviewers, drawn from the demo directory: up to <see cref="PerGroup"/> people abroad (the overseas
/// peer review) and as many in Korea (the domestic panel), those with publications first, each group in id order; load
/// limits spread around the default and a few reviewers paused. The demo reviewer account is the first overseas reviewer.
/// </summary>
internal static class DemoReviewerPoolBuilder
{
    public const int PerGroup = 320;

    public sealed record Candidate(Guid PersonId, string CountryCode, int PublicationCount);

    public static List<PoolReviewer> Build(DemoRandom random, IReadOnlyList<Candidate> people, Guid? addedById, Guid? reviewerAccount)
    {
        var chosen = people.GroupBy(p => PoolReviewer.GroupOf(p.CountryCode)).OrderBy(g => g.Key)
            .SelectMany(g => g.OrderBy(p => p.PublicationCount == 0 ? 1 : 0).ThenBy(p => p.PersonId).Take(PerGroup))
            .ToList();
        var reviewers = new List<PoolReviewer>(chosen.Count);
        foreach (var person in chosen)
        {
            var added = random.Now.AddDays(-random.Next(1, 400)).AddMinutes(-random.Next(0, 24 * 60));
            reviewers.Add(new PoolReviewer
            {
                Id = random.NextGuid(), PersonId = person.PersonId, Group = PoolReviewer.GroupOf(person.CountryCode),
                MaxLoad = random.Next(ReviewerPoolLimits.DefaultMaxLoad - 2, ReviewerPoolLimits.DefaultMaxLoad + 5), IsActive = !random.Chance(0.05),
                Source = ReviewerSource.Directory, AddedById = addedById, AddedAt = added, UpdatedAt = added, IsDemo = true,
            });
        }

        if (reviewerAccount is not null && reviewers.FirstOrDefault(r => r.Group == ReviewerGroup.Overseas) is { } linked)
        {
            linked.UserId = reviewerAccount;
            linked.IsActive = true;
        }

        return reviewers;
    }
}
