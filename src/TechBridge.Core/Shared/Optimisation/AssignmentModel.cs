namespace TechBridge.Core.Shared.Optimisation;

/// <summary>A candidate pair by index: the submission's and the reviewer's position in the problem.</summary>
internal readonly record struct AssignmentCandidate(int Submission, int Reviewer, AssignmentPair Pair);

/// <summary>
/// The problem checked and indexed: the candidate pairs (scored, not conflicted, not locked, reviewer load above zero),
/// the locked pairs taken out with what they use of each load and need, and the group minimums still to meet.
/// </summary>
internal sealed class AssignmentModel
{
    private readonly AssignmentProblem problem;
    private readonly HashSet<int> groupTooSmall = [];

    private AssignmentModel(AssignmentProblem problem) => this.problem = problem;

    public IReadOnlyList<string> Submissions => problem.Submissions;

    public IReadOnlyList<AssignmentReviewer> Reviewers => problem.Reviewers;

    public List<AssignmentCandidate> Candidates { get; } = [];

    public List<AssignmentPair> Locked { get; } = [];

    public int[] RemainingNeed { get; private set; } = [];

    public int[] RemainingLoad { get; private set; } = [];

    public double LowestScore => Candidates.Count == 0 ? 0 : Candidates.Min(c => c.Pair.Score);

    public bool HasGroupMinimums => problem.GroupMinimums.Any(g => g.Count > 0);

    public static AssignmentModel Build(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var model = new AssignmentModel(problem);
        model.Index();
        return model;
    }

    /// <summary>The minimums submission <paramref name="submission"/> still needs per group, after its locked reviewers.</summary>
    public IEnumerable<(string Group, int Count)> GroupNeeds(int submission)
    {
        if (groupTooSmall.Contains(submission))
        {
            yield break;
        }

        foreach (var minimum in problem.GroupMinimums.Where(g => g.Count > 0))
        {
            var need = minimum.Count - Locked.Count(p => p.Submission == Submissions[submission] && GroupOf(p.Reviewer) == minimum.Group);
            if (need > 0)
            {
                yield return (minimum.Group, need);
            }
        }
    }

    public IReadOnlyList<ShortSubmission> UnfilledOf(IReadOnlyList<AssignmentPair> pairs)
    {
        var assigned = pairs.GroupBy(p => p.Submission).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var candidates = Candidates.GroupBy(c => c.Submission).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<ShortSubmission>();
        for (var s = 0; s < Submissions.Count; s++)
        {
            var got = assigned.GetValueOrDefault(Submissions[s]);
            var locked = problem.ReviewersPerSubmission - RemainingNeed[s];
            var could = candidates.GetValueOrDefault(s) + locked;
            if (groupTooSmall.Contains(s))
            {
                // Reported first: a missing overseas (or other required) reviewer matters more than a missing count.
                result.Add(new ShortSubmission(Submissions[s], got, could, ShortReason.GroupTooSmall));
            }
            else if (got < problem.ReviewersPerSubmission)
            {
                result.Add(new ShortSubmission(Submissions[s], got, could,
                    could < problem.ReviewersPerSubmission ? ShortReason.TooFewCandidates : ShortReason.LoadsTaken));
            }
        }

        return result;
    }

    private string? GroupOf(string reviewer) => problem.Reviewers.First(r => r.Id == reviewer).Group;

    private void Index()
    {
        var k = problem.ReviewersPerSubmission;
        if (k < 1)
        {
            throw new ArgumentException("Each submission needs at least one reviewer.", nameof(problem));
        }

        if (problem.GroupMinimums.Sum(g => Math.Max(0, g.Count)) > k)
        {
            throw new ArgumentException($"The group minimums add up to more than the {k} reviewers a submission gets.", nameof(problem));
        }

        var submissions = IndexOf(problem.Submissions, "submission");
        var reviewers = IndexOf(problem.Reviewers.Select(r => r.Id).ToList(), "reviewer");
        if (problem.Reviewers.FirstOrDefault(r => r.MaxLoad < 0) is { } negative)
        {
            throw new ArgumentException($"Reviewer '{negative.Id}' has a negative load limit.", nameof(problem));
        }

        var conflicts = problem.Conflicts.Select(c => (S: Find(submissions, c.Submission, "submission"), R: Find(reviewers, c.Reviewer, "reviewer"))).ToHashSet();
        var locks = problem.Locks.Select(l => (S: Find(submissions, l.Submission, "submission"), R: Find(reviewers, l.Reviewer, "reviewer"))).ToHashSet();
        RemainingNeed = Enumerable.Repeat(k, problem.Submissions.Count).ToArray();
        RemainingLoad = problem.Reviewers.Select(r => r.MaxLoad).ToArray();
        var scores = new Dictionary<(int S, int R), AssignmentPair>();
        foreach (var pair in problem.Scores)
        {
            if (!double.IsFinite(pair.Score))
            {
                throw new ArgumentException($"The score of ({pair.Submission}, {pair.Reviewer}) is not a number.", nameof(problem));
            }

            var key = (Find(submissions, pair.Submission, "submission"), Find(reviewers, pair.Reviewer, "reviewer"));
            if (!scores.TryAdd(key, pair))
            {
                throw new ArgumentException($"The pair ({pair.Submission}, {pair.Reviewer}) is scored twice.", nameof(problem));
            }
        }

        foreach (var (s, r) in locks)
        {
            if (conflicts.Contains((s, r)))
            {
                throw new ArgumentException($"The locked pair ({problem.Submissions[s]}, {problem.Reviewers[r].Id}) is also a conflict.", nameof(problem));
            }

            if (--RemainingNeed[s] < 0)
            {
                throw new ArgumentException($"Submission '{problem.Submissions[s]}' has more locked reviewers than the {k} it gets.", nameof(problem));
            }

            if (--RemainingLoad[r] < 0)
            {
                throw new ArgumentException($"Reviewer '{problem.Reviewers[r].Id}' has more locked submissions than their load limit.", nameof(problem));
            }

            Locked.Add(scores.GetValueOrDefault((s, r)) ?? new AssignmentPair(problem.Submissions[s], problem.Reviewers[r].Id, 0));
        }

        foreach (var ((s, r), pair) in scores)
        {
            if (!conflicts.Contains((s, r)) && !locks.Contains((s, r)) && problem.Reviewers[r].MaxLoad > 0)
            {
                Candidates.Add(new AssignmentCandidate(s, r, pair));
            }
        }

        // Deterministic order, so the same input always gives the same answer among equally good ones.
        Candidates.Sort((a, b) => a.Submission != b.Submission ? a.Submission.CompareTo(b.Submission) : a.Reviewer.CompareTo(b.Reviewer));
        MarkGroupsTooSmall();
    }

    private void MarkGroupsTooSmall()
    {
        // Counted once: a scan of every candidate per submission and group is quadratic on a large instance.
        var inGroup = Candidates.CountBy(c => (c.Submission, Reviewers[c.Reviewer].Group)).ToDictionary(p => p.Key, p => p.Value);
        for (var s = 0; s < Submissions.Count; s++)
        {
            foreach (var (group, count) in GroupNeeds(s))
            {
                if (inGroup.GetValueOrDefault((s, group)) < count)
                {
                    groupTooSmall.Add(s);
                }
            }
        }
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> ids, string what)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!index.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"The {what} '{ids[i]}' is listed twice.");
            }
        }

        return index;
    }

    private static int Find(Dictionary<string, int> index, string id, string what) =>
        index.TryGetValue(id, out var i) ? i : throw new ArgumentException($"Unknown {what} '{id}'.");
}
