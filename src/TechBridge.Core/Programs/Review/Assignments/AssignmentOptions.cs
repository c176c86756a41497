namespace TechBridge.Core.Programs.Review.Assignments;

/// <param name="ReviewersPerProposal">k; the stage's own number when null.</param>
/// <param name="MinimumOverseas">Overseas peer review only: draw on both groups of the pool, with at least this many
/// overseas reviewers per proposal. Null: the stage's own group only.</param>
public sealed record AssignmentOptions(int? ReviewersPerProposal = null, int? MinimumOverseas = null);

/// <summary>What a program manager does to one (proposal, reviewer) pair of a stage.</summary>
public enum PairAction
{
    /// <summary>Keep the pair in every later optimisation (adds it when it is not proposed).</summary>
    Lock,

    /// <summary>Let the optimiser decide about the pair again.</summary>
    Unlock,

    /// <summary>Never propose the pair (removes it when it is proposed).</summary>
    Exclude,

    /// <summary>Lift an exclusion.</summary>
    Include,
}
