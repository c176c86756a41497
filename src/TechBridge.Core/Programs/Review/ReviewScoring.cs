namespace TechBridge.Core.Programs.Review;

/// <summary>One reviewer's total for one proposal in one stage, on the stage's scale (for example 0–100).</summary>
public sealed record StageScore(string ProposalId, string ReviewerId, string Stage, double Score);

/// <summary>A stage's weight in the final score, and whether its reviewers' scores are normalised.</summary>
public sealed record StageWeight(string Stage, double Weight, bool Normalise = true);

/// <summary>What breaks a tie after the scores: the earlier submission, then the id.</summary>
public sealed record ProposalFacts(string ProposalId, DateTimeOffset SubmittedAt);

/// <param name="StageScores">Per stage: the mean of the proposal's (normalised) reviewer scores.</param>
public sealed record RankedProposal(int Rank, string ProposalId, double Total, IReadOnlyDictionary<string, double> StageScores, double RawMean);

/// <summary>A proposal that cannot be ranked, with the stage it has no score in.</summary>
public sealed record UnrankedProposal(string ProposalId, string MissingStage);

public sealed record Ranking(IReadOnlyList<RankedProposal> Ranked, IReadOnlyList<UnrankedProposal> Unranked);

/// <summary>
/// Turns reviewers' scores into one ranking, the same every time from the same stored scores:
/// <list type="number">
/// <item>Per stage, each reviewer's scores are normalised against the reviewer's own habit (z-score over all the
/// proposals the reviewer scored in the stage) and put back on the stage's scale with the stage's mean and standard
/// deviation, so a harsh and a lenient reviewer count alike. A reviewer with one score, or with identical scores, has
/// no habit to correct: their scores are kept as given.</item>
/// <item>A proposal's stage score is the mean over its reviewers; its total is the weighted mean of its stage scores.</item>
/// <item>Ties (totals within 1e-9) go to the higher score in the last weighted stage, then to the higher mean of the
/// raw scores, then to the earlier submission, then to the smaller id (ordinal).</item>
/// </list>
/// </summary>
public static class ReviewScoring
{
    private const double TieTolerance = 1e-9;

    public static Ranking Rank(IReadOnlyList<StageScore> scores, IReadOnlyList<StageWeight> stages, IReadOnlyList<ProposalFacts> proposals)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(proposals);
        if (stages.Count == 0 || stages.Any(s => !(s.Weight > 0) || !double.IsFinite(s.Weight)))
        {
            throw new ArgumentException("Every stage needs a positive weight.", nameof(stages));
        }

        var means = stages.ToDictionary(s => s.Stage, s => StageMeans(scores.Where(x => x.Stage == s.Stage), s.Normalise), StringComparer.Ordinal);
        var byProposal = scores.ToLookup(x => x.ProposalId, StringComparer.Ordinal);
        var ranked = new List<RankedProposal>();
        var unranked = new List<UnrankedProposal>();
        foreach (var proposal in proposals)
        {
            var stageScores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var stage in stages)
            {
                if (means[stage.Stage].TryGetValue(proposal.ProposalId, out var mean))
                {
                    stageScores[stage.Stage] = mean;
                }
            }

            if (stages.FirstOrDefault(s => !stageScores.ContainsKey(s.Stage)) is { } missing)
            {
                unranked.Add(new UnrankedProposal(proposal.ProposalId, missing.Stage));
                continue;
            }

            var total = stages.Sum(s => s.Weight * stageScores[s.Stage]) / stages.Sum(s => s.Weight);
            var raw = byProposal[proposal.ProposalId].Where(x => stageScores.ContainsKey(x.Stage)).Average(x => x.Score);
            ranked.Add(new RankedProposal(0, proposal.ProposalId, total, stageScores, raw));
        }

        var last = stages[^1].Stage;
        var submitted = proposals.ToDictionary(p => p.ProposalId, p => p.SubmittedAt, StringComparer.Ordinal);
        ranked.Sort((a, b) =>
        {
            if (Math.Abs(a.Total - b.Total) > TieTolerance)
            {
                return b.Total.CompareTo(a.Total);
            }

            if (Math.Abs(a.StageScores[last] - b.StageScores[last]) > TieTolerance)
            {
                return b.StageScores[last].CompareTo(a.StageScores[last]);
            }

            if (Math.Abs(a.RawMean - b.RawMean) > TieTolerance)
            {
                return b.RawMean.CompareTo(a.RawMean);
            }

            var byTime = submitted[a.ProposalId].CompareTo(submitted[b.ProposalId]);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.ProposalId, b.ProposalId);
        });
        return new Ranking([.. ranked.Select((r, i) => r with { Rank = i + 1 })], unranked);
    }

    /// <summary>Per proposal: the mean of its reviewers' scores in one stage, each normalised (see <see cref="Normalise"/>) or as given.</summary>
    public static Dictionary<string, double> StageMeans(IEnumerable<StageScore> stage, bool normalise = true) =>
        Normalise([.. stage], normalise).GroupBy(s => s.ProposalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(s => s.Score), StringComparer.Ordinal);

    /// <summary>The stage's scores with each reviewer's habit taken out (see the class summary), or as given.</summary>
    public static List<StageScore> Normalise(List<StageScore> stage, bool normalise = true)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (!normalise || stage.Count < 2)
        {
            return stage;
        }

        var (stageMean, stageSd) = MeanAndDeviation(stage.Select(s => s.Score));
        if (stageSd == 0)
        {
            return stage;
        }

        var byReviewer = stage.GroupBy(s => s.ReviewerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => MeanAndDeviation(g.Select(s => s.Score)), StringComparer.Ordinal);
        return [.. stage.Select(s =>
        {
            var (mean, sd) = byReviewer[s.ReviewerId];
            return sd == 0 ? s : s with { Score = stageMean + (s.Score - mean) / sd * stageSd };
        })];
    }

    private static (double Mean, double Deviation) MeanAndDeviation(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        var variance = list.Sum(v => (v - mean) * (v - mean)) / list.Count;
        return (mean, Math.Sqrt(variance));
    }
}
