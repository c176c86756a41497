namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// A proposal's result in a closed review stage: the stage score (the mean of its reviewers' totals, each normalised
/// against the reviewer's habit when the call says so), the mean of the raw totals, how many reviews it had, and whether it
/// reached the stage's cut-off and goes on.
/// </summary>
public sealed class StageResult
{
    public Guid CallId { get; init; }
    public int StagePosition { get; init; }
    public Guid ProposalId { get; init; }
    public double Score { get; init; }
    public double RawMean { get; init; }
    public int Reviews { get; init; }
    public bool Advanced { get; init; }
    public DateTimeOffset ClosedAt { get; init; }
}
