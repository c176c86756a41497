using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// A pool reviewer on a proposal in one review stage of its call, and the review they write. The optimiser proposes it
/// (or a program manager locks or excludes the pair); once the stage's reviewers are asked it is released to the reviewer,
/// who declines it with a reason or submits the review: a score per criterion of the stage's rubric, comments per
/// criterion, a comment the applicant will read and a confidential one for the program managers. A submitted review is final.
/// </summary>
public sealed class ReviewAssignment : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid ProposalId { get; init; }
    public int StagePosition { get; init; }
    public StageKind StageKind { get; init; }
    public Guid ReviewerId { get; init; }
    public AssignmentStatus Status { get; set; }

    /// <summary>A program manager fixed the pair: a new optimisation keeps it.</summary>
    public bool IsLocked { get; set; }

    /// <summary>The matching engine's affinity of the reviewer's publications to the proposal (0 when none match).</summary>
    public double Affinity { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? CreatedById { get; init; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public DateTimeOffset? DeclinedAt { get; set; }
    public DeclineReason? DeclineReason { get; set; }
    public string? DeclineNote { get; set; }

    /// <summary>The review's total on 0–100 (weighted criteria), kept with each save of the form.</summary>
    public double? Total { get; set; }
    public string? CommentToApplicant { get; set; }
    public string? CommentToManagers { get; set; }
    public DateTimeOffset? SavedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>When the reviewer was reminded of the due date, and when the program managers were told it passed.</summary>
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public List<ReviewCriterionScore> Scores { get; init; } = [];

    /// <summary>Counts towards the reviewer's load and the proposal's reviewers.</summary>
    public bool Counts => Status is AssignmentStatus.Proposed or AssignmentStatus.Released or AssignmentStatus.Submitted;
}

/// <summary>The score of one criterion (by its position in the stage's rubric) and the reviewer's comment on it.</summary>
public sealed class ReviewCriterionScore
{
    public Guid AssignmentId { get; init; }
    public int Position { get; init; }
    public int Score { get; set; }
    public string? Comment { get; set; }
}

public enum AssignmentStatus
{
    /// <summary>Chosen by the optimiser or a program manager; the reviewer does not know yet.</summary>
    Proposed,

    /// <summary>A program manager excluded the pair: the optimiser never proposes it.</summary>
    Excluded,

    /// <summary>The reviewer was asked and can review.</summary>
    Released,

    /// <summary>The reviewer declined, with a reason.</summary>
    Declined,

    /// <summary>The review is in.</summary>
    Submitted,
}

public enum DeclineReason
{
    /// <summary>The reviewer has a conflict of interest with the proposal: it counts as a declared conflict from then on.</summary>
    ConflictOfInterest,
    OutsideExpertise,
    Unavailable,
    Other,
}
