using TechBridge.Core.Programs.Review;

namespace TechBridge.Core.Tests.Programs.Review;

public sealed class ReviewScoringTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Normalise_HarshAndLenientReviewers_PutEqualStandingsOnEqualScores()
    {
        // The harsh reviewer's 60/70/80 and the lenient one's 80/90/100 are the same judgement 20 points apart.
        List<StageScore> stage =
        [
            new("p1", "harsh", "panel", 60), new("p2", "harsh", "panel", 70), new("p3", "harsh", "panel", 80),
            new("p4", "lenient", "panel", 80), new("p5", "lenient", "panel", 90), new("p6", "lenient", "panel", 100),
        ];

        var normalised = ReviewScoring.Normalise(stage).ToDictionary(s => s.ProposalId, s => s.Score);

        Assert.Equal(normalised["p1"], normalised["p4"], 9);
        Assert.Equal(normalised["p3"], normalised["p6"], 9);
        Assert.Equal(stage.Average(s => s.Score), normalised.Values.Average(), 9); // stays on the stage's scale
        Assert.True(normalised["p1"] < normalised["p2"] && normalised["p2"] < normalised["p3"]);
    }

    [Fact]
    public void Normalise_ReviewerWithOneScoreOrIdenticalScores_KeepsThemAsGiven()
    {
        List<StageScore> stage = [new("p1", "once", "s", 42), new("p2", "flat", "s", 70), new("p3", "flat", "s", 70), new("p4", "wide", "s", 50), new("p5", "wide", "s", 90)];

        var normalised = ReviewScoring.Normalise(stage);

        Assert.Equal(42, normalised.Single(s => s.ProposalId == "p1").Score);
        Assert.All(normalised.Where(s => s.ReviewerId == "flat"), s => Assert.Equal(70, s.Score));
    }

    [Fact]
    public void Rank_TwoStagesWithoutNormalising_IsTheWeightedMeanOfTheStageMeans()
    {
        List<StageScore> scores =
        [
            new("a", "r1", "overseas", 80), new("a", "r2", "overseas", 90), new("a", "k1", "panel", 70),
            new("b", "r1", "overseas", 60), new("b", "k1", "panel", 90),
        ];

        var ranking = ReviewScoring.Rank(scores, [new StageWeight("overseas", 1, false), new StageWeight("panel", 3, false)], [Facts("a"), Facts("b")]);

        Assert.Equal(["b", "a"], ranking.Ranked.Select(r => r.ProposalId));
        Assert.Equal((60 + 3 * 90) / 4.0, ranking.Ranked[0].Total, 9);
        Assert.Equal((85 + 3 * 70) / 4.0, ranking.Ranked[1].Total, 9);
        Assert.Equal([1, 2], ranking.Ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_EqualTotals_FollowTheDocumentedTieRules()
    {
        // All four total 80. c and d lead on the last stage (90 against 80); their raw means are equal too, so the earlier
        // submission (d) goes first. a and b are equal in everything but the id, so the smaller id (a) goes first.
        List<StageScore> scores =
        [
            new("a", "r", "first", 80), new("a", "k", "last", 80),
            new("b", "r", "first", 80), new("b", "k", "last", 80),
            new("c", "r", "first", 70), new("c", "k", "last", 90),
            new("d", "r", "first", 70), new("d", "k", "last", 90),
        ];
        var stages = new[] { new StageWeight("first", 1, false), new StageWeight("last", 1, false) };

        var ranking = ReviewScoring.Rank(scores, stages, [Facts("a"), Facts("b"), Facts("c", 2), Facts("d", 1)]);

        Assert.Equal(["d", "c", "a", "b"], ranking.Ranked.Select(r => r.ProposalId));
    }

    [Fact]
    public void Rank_SameScoresInAnotherOrder_GivesTheSameRanking()
    {
        var random = new Random(9);
        var scores = Enumerable.Range(0, 30).SelectMany(p => Enumerable.Range(0, 3).Select(r =>
            new StageScore($"p{p:D2}", $"r{(p + r) % 7}", r == 2 ? "panel" : "overseas", random.Next(40, 100)))).ToList();
        var proposals = Enumerable.Range(0, 30).Select(p => Facts($"p{p:D2}")).ToList();
        var stages = new[] { new StageWeight("overseas", 0.4), new StageWeight("panel", 0.6) };

        var first = ReviewScoring.Rank(scores, stages, proposals);
        var again = ReviewScoring.Rank([.. scores.OrderBy(_ => random.Next())], stages, [.. proposals.AsEnumerable().Reverse()]);

        Assert.Equal(first.Ranked.Select(r => (r.ProposalId, r.Total)), again.Ranked.Select(r => (r.ProposalId, r.Total)));
    }

    [Fact]
    public void Rank_ProposalWithoutAStage_IsUnrankedNamingTheStage()
    {
        List<StageScore> scores = [new("a", "r", "overseas", 80), new("a", "k", "panel", 80), new("b", "r", "overseas", 95)];

        var ranking = ReviewScoring.Rank(scores, [new StageWeight("overseas", 1), new StageWeight("panel", 1)], [Facts("a"), Facts("b")]);

        Assert.Equal(["a"], ranking.Ranked.Select(r => r.ProposalId));
        Assert.Equal(new UnrankedProposal("b", "panel"), Assert.Single(ranking.Unranked));
    }

    [Fact]
    public void Rank_StageWithoutAPositiveWeight_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ReviewScoring.Rank([], [new StageWeight("panel", 0)], []));
    }

    private static ProposalFacts Facts(string id, int minutes = 0) => new(id, Day.AddMinutes(minutes));
}
