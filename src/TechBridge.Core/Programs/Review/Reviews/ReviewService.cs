using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Review.Reviews;

/// <summary>
/// A reviewer's side of an assignment: save the form as often as they like, submit it once (every criterion scored,
/// required comments written, a comment for the applicant), or decline with a reason. Only the reviewer it was released to
/// sees it (404 for anyone else: other reviewers never learn who else reviews). Declining for a conflict of interest
/// records the conflict; the program managers are told of every decline so they can fill the place.
/// </summary>
public sealed class ReviewService(TechBridgeDbContext db, INotifier notifier, TimeProvider time)
{
    public async Task<long> SaveAsync(Guid userId, Guid assignmentId, ReviewInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var (assignment, rubric) = await LoadOpenAsync(userId, assignmentId, expectedVersion, cancellationToken);
        Write(assignment, rubric, input, complete: false);
        assignment.SavedAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(cancellationToken);
        return assignment.Version;
    }

    public async Task<long> SubmitAsync(Guid userId, Guid assignmentId, ReviewInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var (assignment, rubric) = await LoadOpenAsync(userId, assignmentId, expectedVersion, cancellationToken);
        Write(assignment, rubric, input, complete: true);
        var now = Clock.UtcNow(time);
        assignment.SavedAt = now;
        assignment.SubmittedAt = now;
        assignment.Status = AssignmentStatus.Submitted;
        await db.SaveChangesAsync(cancellationToken);
        return assignment.Version;
    }

    public async Task<long> DeclineAsync(
        Guid userId, Guid assignmentId, DeclineReason? reason, string? note, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var (assignment, _) = await LoadOpenAsync(userId, assignmentId, expectedVersion, cancellationToken);
        var errors = new ValidationErrors();
        if (reason is not { } why || !Enum.IsDefined(why))
        {
            errors.Add("reason", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.DeclineReason")));
        }
        else if (why is DeclineReason.ConflictOfInterest or DeclineReason.Other && string.IsNullOrWhiteSpace(note))
        {
            errors.Add("note", CoreMessages.Get("Review.DeclineNoteRequired"));
        }

        errors.OptionalText("note", note, "Field.DeclineNote", ReviewLimits.NoteLength);
        errors.ThrowIfAny();
        assignment.Status = AssignmentStatus.Declined;
        assignment.DeclineReason = reason;
        assignment.DeclineNote = TextInput.Blank(note);
        assignment.DeclinedAt = Clock.UtcNow(time);
        db.RemoveRange(assignment.Scores);
        assignment.Total = null;

        var call = await db.ProgramCalls.AsNoTracking().Where(c => c.Id == assignment.CallId).Select(c => new { c.Id, c.TitleKo, c.TitleEn, c.CreatedById }).SingleAsync(cancellationToken);
        var receipt = await db.Proposals.AsNoTracking().Where(p => p.Id == assignment.ProposalId).Select(p => p.ReceiptNumber).SingleAsync(cancellationToken);
        foreach (var (manager, culture) in await ReviewManagers.ForCallAsync(db, call.CreatedById, cancellationToken))
        {
            await notifier.NotifyUserAsync(manager, Notice.Of(NoticeTemplates.ReviewDeclined, $"/programs/calls/{call.Id}/review/{assignment.StagePosition}",
                ("call", culture == "en" ? call.TitleEn : call.TitleKo), ("receipt", receipt ?? string.Empty),
                ("reason", CoreMessages.In(culture, $"DeclineReason.{reason!.Value}"))) with { Culture = culture }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return assignment.Version;
    }

    private async Task<(ReviewAssignment Assignment, IReadOnlyList<RubricCriterion> Rubric)> LoadOpenAsync(
        Guid userId, Guid assignmentId, long? expectedVersion, CancellationToken cancellationToken)
    {
        var assignment = await db.ReviewAssignments.Include(a => a.Scores)
            .SingleOrDefaultAsync(a => a.Id == assignmentId && db.Reviewers.Any(r => r.Id == a.ReviewerId && r.UserId == userId)
                && (a.Status == AssignmentStatus.Released || a.Status == AssignmentStatus.Submitted || a.Status == AssignmentStatus.Declined), cancellationToken)
            ?? throw new NotFoundException(nameof(ReviewAssignment), assignmentId);
        ExpectedVersion.Check(assignment, expectedVersion, nameof(ReviewAssignment), assignmentId);
        if (assignment.Status != AssignmentStatus.Released)
        {
            var code = assignment.Status == AssignmentStatus.Submitted ? "Review.AlreadySubmitted" : "Review.AlreadyDeclined";
            throw new BusinessRuleException(code, CoreMessages.Get(code));
        }

        var stage = await db.Set<CallStage>().AsNoTracking().SingleAsync(s => s.CallId == assignment.CallId && s.Position == assignment.StagePosition, cancellationToken);
        if (stage.ClosedAt is not null)
        {
            throw new BusinessRuleException("Review.StageClosed", CoreMessages.Get("Review.StageClosed"));
        }

        return (assignment, ReviewStages.Rubric(stage));
    }

    private void Write(ReviewAssignment assignment, IReadOnlyList<RubricCriterion> rubric, ReviewInput input, bool complete)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var criteria = input.Criteria ?? [];
        if (criteria.Count != rubric.Count)
        {
            errors.Add("criteria", CoreMessages.Get("Review.CriteriaCount", rubric.Count));
            errors.ThrowIfAny();
        }

        for (var i = 0; i < rubric.Count; i++)
        {
            var (criterion, given) = (rubric[i], criteria[i]);
            var label = CoreMessages.Get("Review.CriterionLabel", i + 1);
            if (given.Score is { } score && (score < 1 || score > criterion.ScaleMax))
            {
                errors.Add($"criteria[{i}].score", CoreMessages.Get("Validation.Range", label, 1, criterion.ScaleMax));
            }
            else if (complete && given.Score is null)
            {
                errors.Add($"criteria[{i}].score", CoreMessages.Get("Review.ScoreRequired", label));
            }

            if (complete && criterion.CommentRequired && string.IsNullOrWhiteSpace(given.Comment))
            {
                errors.Add($"criteria[{i}].comment", CoreMessages.Get("Review.CommentRequired", label));
            }

            errors.MaxLength($"criteria[{i}].comment", given.Comment, "Field.ReviewComment", ReviewLimits.CommentLength);
            errors.PlainText($"criteria[{i}].comment", given.Comment);
        }

        if (complete && string.IsNullOrWhiteSpace(input.CommentToApplicant))
        {
            errors.Add("commentToApplicant", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.CommentToApplicant")));
        }

        errors.MaxLength("commentToApplicant", input.CommentToApplicant, "Field.CommentToApplicant", ReviewLimits.CommentLength);
        errors.MaxLength("commentToManagers", input.CommentToManagers, "Field.CommentToManagers", ReviewLimits.CommentLength);
        errors.PlainText("commentToApplicant", input.CommentToApplicant);
        errors.PlainText("commentToManagers", input.CommentToManagers);
        errors.ThrowIfAny();

        for (var i = 0; i < rubric.Count; i++)
        {
            var (score, comment) = (criteria[i].Score, TextInput.Blank(criteria[i].Comment));
            var row = assignment.Scores.SingleOrDefault(s => s.Position == i);
            if (score is null && comment is null)
            {
                if (row is not null)
                {
                    assignment.Scores.Remove(row);
                    db.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                row = new ReviewCriterionScore { AssignmentId = assignment.Id, Position = i };
                assignment.Scores.Add(row);
                db.Add(row);
            }

            row.Score = score ?? 0;
            row.Comment = comment;
        }

        assignment.CommentToApplicant = TextInput.Blank(input.CommentToApplicant);
        assignment.CommentToManagers = TextInput.Blank(input.CommentToManagers);
        assignment.Total = criteria.All(c => c.Score is not null) ? StageRubrics.Total(rubric, [.. criteria.Select(c => c.Score!.Value)]) : null;
    }
}
