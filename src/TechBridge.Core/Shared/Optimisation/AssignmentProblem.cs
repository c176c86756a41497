namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// Who may review what, and how well: k reviewers for every submission, each reviewer at most their load, only the pairs
/// that have a score (a pair without one is not a candidate), never a conflicted pair, always a locked one, and per
/// submission at least a number of reviewers from a group (for example one overseas reviewer).
/// </summary>
public sealed record AssignmentProblem(
    IReadOnlyList<string> Submissions,
    IReadOnlyList<AssignmentReviewer> Reviewers,
    IReadOnlyList<AssignmentPair> Scores,
    int ReviewersPerSubmission)
{
    public IReadOnlyCollection<(string Submission, string Reviewer)> Conflicts { get; init; } = [];

    /// <summary>Pairs a program manager fixed: they are in the answer (their score counts; 0 if they have none).</summary>
    public IReadOnlyCollection<(string Submission, string Reviewer)> Locks { get; init; } = [];

    /// <summary>For every submission, at least <see cref="GroupMinimum.Count"/> of its reviewers from the group.</summary>
    public IReadOnlyList<GroupMinimum> GroupMinimums { get; init; } = [];
}

/// <param name="MaxLoad">How many submissions the reviewer may take at most.</param>
/// <param name="Group">A label such as "overseas" that <see cref="GroupMinimum"/> counts, or null.</param>
public sealed record AssignmentReviewer(string Id, int MaxLoad, string? Group = null);

/// <summary>One (submission, reviewer) pair with its affinity score (higher is better).</summary>
public sealed record AssignmentPair(string Submission, string Reviewer, double Score);

public sealed record GroupMinimum(string Group, int Count);

/// <summary>The pairs chosen, their total affinity, and the submissions that could not get all their reviewers, with why.</summary>
public sealed record AssignmentResult(
    IReadOnlyList<AssignmentPair> Pairs,
    double TotalAffinity,
    IReadOnlyList<ShortSubmission> Unfilled,
    AssignmentMethod Method,
    bool ProvedOptimal)
{
    public bool IsComplete => Unfilled.Count == 0;
}

/// <param name="Assigned">Reviewers the submission got.</param>
/// <param name="Candidates">Reviewers with a score, no conflict and a load above zero.</param>
public sealed record ShortSubmission(string Submission, int Assigned, int Candidates, ShortReason Reason);

public enum ShortReason
{
    /// <summary>Fewer candidate reviewers than the submission needs.</summary>
    TooFewCandidates,

    /// <summary>Enough candidates, but their loads are taken by other submissions.</summary>
    LoadsTaken,

    /// <summary>Not enough candidates in a group the submission needs a minimum from.</summary>
    GroupTooSmall,
}

public enum AssignmentMethod
{
    /// <summary>Minimum-cost maximum flow (OR-Tools): exact when there are no group minimums.</summary>
    MinCostFlow,

    /// <summary>CP-SAT (OR-Tools): used when group minimums need side constraints.</summary>
    CpSat,
}
