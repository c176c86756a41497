using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Reviews;

/// <summary>
/// Keeps reviews on time: a reviewer whose reviews fall due within <see cref="ReviewLimits.ReminderLead"/> is reminded
/// once (one message per stage, in the stage's language); when the due date of a stage passes with reviews outstanding,
/// the call's program managers are told once per stage and overdue review. Each assignment remembers that it was
/// reminded and escalated, so the sweep can run as often as it likes.
/// </summary>
public sealed class ReviewReminders(TechBridgeDbContext db, INotifier notifier, TimeProvider time)
{
    /// <returns>How many reminders and escalations were sent.</returns>
    public async Task<(int Reminded, int Escalated)> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var soon = now + ReviewLimits.ReminderLead;
        var open = await (from a in db.ReviewAssignments
                          join s in db.Set<CallStage>() on new { a.CallId, Position = a.StagePosition } equals new { s.CallId, s.Position }
                          where a.Status == AssignmentStatus.Released && s.ClosedAt == null && s.DueAt != null && s.DueAt <= soon
                              && (a.RemindedAt == null || (s.DueAt <= now && a.EscalatedAt == null))
                          select new { Assignment = a, s.DueAt }).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return (0, 0);
        }

        var callIds = open.Select(o => o.Assignment.CallId).Distinct().ToList();
        var calls = await db.ProgramCalls.AsNoTracking().Where(c => callIds.Contains(c.Id))
            .Select(c => new { c.Id, c.TitleKo, c.TitleEn, c.CreatedById }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var reviewerIds = open.Select(o => o.Assignment.ReviewerId).Distinct().ToList();
        var reviewers = await ReviewerContact.LoadAsync(db, reviewerIds, cancellationToken);

        var reminded = 0;
        foreach (var group in open.Where(o => o.Assignment.RemindedAt is null).GroupBy(o => (o.Assignment.ReviewerId, o.Assignment.CallId, o.Assignment.StagePosition)))
        {
            var first = group.First();
            var culture = StageLanguage.CultureOf(first.Assignment.StageKind);
            var call = calls[first.Assignment.CallId];
            var reviewer = reviewers[group.Key.ReviewerId];
            var notice = Notice.Of(NoticeTemplates.ReviewReminder, "/programs/reviews",
                ("call", culture == "en" ? call.TitleEn : call.TitleKo), ("count", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("due", Kst.Format(first.DueAt!.Value))) with { Culture = culture };
            await reviewer.TellAsync(notifier, notice, cancellationToken);

            foreach (var item in group)
            {
                item.Assignment.RemindedAt = now;
            }

            reminded++;
        }

        var escalated = 0;
        foreach (var group in open.Where(o => o.DueAt <= now && o.Assignment.EscalatedAt is null).GroupBy(o => (o.Assignment.CallId, o.Assignment.StagePosition)))
        {
            var first = group.First();
            var call = calls[group.Key.CallId];
            var kind = first.Assignment.StageKind;
            foreach (var (manager, culture) in await ReviewManagers.ForCallAsync(db, call.CreatedById, cancellationToken))
            {
                await notifier.NotifyUserAsync(manager, Notice.Of(NoticeTemplates.ReviewOverdue, $"/programs/calls/{call.Id}/review/{group.Key.StagePosition}",
                    ("call", culture == "en" ? call.TitleEn : call.TitleKo), ("stage", CoreMessages.In(culture, $"StageKind.{kind}")),
                    ("count", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("due", Kst.Format(first.DueAt!.Value))) with { Culture = culture },
                    cancellationToken);
            }

            foreach (var item in group)
            {
                item.Assignment.EscalatedAt = now;
            }

            escalated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (reminded, escalated);
    }
}
