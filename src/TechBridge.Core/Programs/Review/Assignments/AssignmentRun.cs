namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// One optimisation of a stage's reviewers as the program manager ran it: the options, the method and whether the answer
/// was proved optimal, the total affinity, and per proposal how many reviewers it got of how many it needed (the short
/// ones with the reason), as the report shows them.
/// </summary>
public sealed class AssignmentRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public int StagePosition { get; init; }
    public Guid RunById { get; init; }
    public DateTimeOffset RunAt { get; init; }
    public int ReviewersPerProposal { get; init; }
    public int Proposals { get; init; }
    public int Reviewers { get; init; }
    public int Conflicts { get; init; }
    public int Pairs { get; init; }
    public double TotalAffinity { get; init; }
    public string Method { get; init; } = string.Empty;
    public bool ProvedOptimal { get; init; }
    public int MinimumOverseas { get; init; }

    /// <summary>JSON list of <see cref="ShortProposal"/>: the proposals that did not get all their reviewers.</summary>
    public string ShortJson { get; init; } = "[]";
    public double Milliseconds { get; init; }
}

/// <summary>A proposal the run could not fill, with how many reviewers it got, how many could have reviewed it and why.</summary>
public sealed record ShortProposal(Guid ProposalId, int Assigned, int Candidates, string Reason);
