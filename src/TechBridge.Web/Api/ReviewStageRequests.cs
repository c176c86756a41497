using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Rubrics;

namespace TechBridge.Web.Api;

/// <summary>A stage's new rubric: its criteria in order (weights adding up to 100).</summary>
public sealed record ReviewStageRubricBody(IReadOnlyList<RubricCriterion>? Rubric);

/// <summary>The options of an assignment run: reviewers per proposal (the stage's own when absent) and, for the overseas stage, a minimum of overseas reviewers drawing on both groups.</summary>
public sealed record ReviewStageAssignmentBody(int? ReviewersPerProposal, int? MinimumOverseas);

/// <summary>What to do with one (proposal, reviewer) pair of a stage.</summary>
public sealed record ReviewStagePairBody(Guid? ProposalId, Guid? ReviewerId, PairAction? Action);

/// <summary>When the reviews are due (the stage's own due date when absent).</summary>
public sealed record ReviewStageReleaseBody(DateTimeOffset? DueAt);

/// <summary>How many reviewers were asked.</summary>
public sealed record ReviewStageReleased(int Reviewers);
