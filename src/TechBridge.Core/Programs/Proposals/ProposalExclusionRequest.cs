namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// The applicant's request that a person not review the proposal (a competitor, a former partner), with the reason. The
/// applicant names the person, and the organisation if they wish; matching pool reviewers by name in any spelling become
/// conflicts of the proposal. The applicant never learns whether the person is a reviewer.
/// </summary>
public sealed class ProposalExclusionRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProposalId { get; init; }
    public string PersonName { get; init; } = string.Empty;
    public string? Organization { get; init; }
    public string Reason { get; init; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }
}
