using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Selection;

/// <summary>What an applicant is told about their proposal once the selection is published; never who reviewed it.</summary>
public sealed record ProposalDecisionView(
    SelectionOutcome Outcome, DateTimeOffset PublishedAt, int? Rank, int Ranked, double? FinalScore, IReadOnlyList<StageDecisionView> Stages, string? ScreeningNote);

/// <summary>A stage's score for the proposal and the reviewers' comments to the applicant, numbered, without names.</summary>
public sealed record StageDecisionView(int Position, StageKind Kind, double Score, int? CutOff, IReadOnlyList<string> Comments);

/// <summary>
/// Publishing a selection: every applicant of a submitted proposal is told the outcome, in their language, in the inbox
/// and by e-mail, with the scores and the reviewers' comments meant for them (numbered; reviewers' names, e-mails and ids
/// never leave the review). From then on the applicant's proposal page shows the same.
/// </summary>
public sealed class SelectionDecisions(TechBridgeDbContext db, ProgramActors actors, INotifier notifier, TimeProvider time)
{
    public async Task<int> PublishAsync(Guid userId, Guid callId, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var selection = await db.CallSelections.Include(s => s.Entries).SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken)
            ?? throw new BusinessRuleException("Selection.NotRun", CoreMessages.Get("Selection.NotRun"));
        if (selection.PublishedAt is not null)
        {
            throw new BusinessRuleException("Selection.Published", CoreMessages.Get("Selection.Published"));
        }

        var now = Clock.UtcNow(time);
        selection.PublishedAt = now;
        selection.PublishedById = userId;
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.CallId == callId && p.Status == ProposalStatus.Submitted)
            .Select(p => new { p.Id, p.ApplicantId, p.TitleKo, p.TitleEn, p.ScreeningNote, Culture = db.Users.Where(u => u.Id == p.ApplicantId).Select(u => u.Culture).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var comments = await CommentsAsync(callId, cancellationToken);
        var ranked = selection.Entries.Count(e => e.Rank is not null);
        var entries = selection.Entries.ToDictionary(e => e.ProposalId);
        foreach (var p in proposals)
        {
            var entry = entries[p.Id];
            var culture = NoticeCulture.Normalize(p.Culture);
            var view = View(entry, call, now, ranked, p.ScreeningNote, comments[p.Id]);
            await notifier.NotifyUserAsync(p.ApplicantId, Notice.Of(NoticeTemplates.ProposalDecision, $"/programs/proposals/{p.Id}",
                ("title", culture == "en" ? p.TitleEn : p.TitleKo), ("call", culture == "en" ? call.TitleEn : call.TitleKo),
                ("outcome", CoreMessages.In(culture, $"SelectionOutcome.{entry.Outcome}")), ("scores", Summary(view, culture))) with { Culture = culture }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return proposals.Count;
    }

    /// <summary>The decision on the applicant's own proposal, or null while the selection is not published (or for anyone else).</summary>
    public async Task<ProposalDecisionView?> ForApplicantAsync(Guid userId, Guid proposalId, CancellationToken cancellationToken = default)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId && p.ApplicantId == userId && p.Status == ProposalStatus.Submitted)
            .Select(p => new { p.CallId, p.ScreeningNote }).SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var selection = await db.CallSelections.AsNoTracking().Where(s => s.CallId == proposal.CallId && s.PublishedAt != null)
            .Select(s => new { s.PublishedAt, Ranked = s.Entries.Count(e => e.Rank != null) }).SingleOrDefaultAsync(cancellationToken);
        if (selection is null)
        {
            return null;
        }

        var entry = await db.SelectionEntries.AsNoTracking().SingleAsync(e => e.ProposalId == proposalId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, proposal.CallId, cancellationToken);
        var comments = await CommentsAsync(proposal.CallId, cancellationToken, proposalId);
        return View(entry, call, selection.PublishedAt!.Value, selection.Ranked, proposal.ScreeningNote, comments[proposalId]);
    }

    private async Task<ILookup<Guid, (int Stage, string Comment)>> CommentsAsync(Guid callId, CancellationToken cancellationToken, Guid? proposalId = null)
    {
        var rows = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == callId && a.Status == AssignmentStatus.Submitted && a.CommentToApplicant != null && (proposalId == null || a.ProposalId == proposalId))
            .Select(a => new { a.ProposalId, a.StagePosition, a.CommentToApplicant }).ToListAsync(cancellationToken);
        // In text order, so the order says nothing about who wrote what or when.
        return rows.OrderBy(r => r.StagePosition).ThenBy(r => r.CommentToApplicant, StringComparer.Ordinal)
            .ToLookup(r => r.ProposalId, r => (r.StagePosition, r.CommentToApplicant!));
    }

    private static ProposalDecisionView View(
        SelectionEntry entry, ProgramCall call, DateTimeOffset publishedAt, int ranked, string? screeningNote, IEnumerable<(int Stage, string Comment)> comments)
    {
        var scores = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, double>>(entry.StageScoresJson) ?? [];
        var stages = call.Stages.Where(s => s.Kind != StageKind.Screening && scores.ContainsKey(s.Position.ToString(CultureInfo.InvariantCulture)))
            .OrderBy(s => s.Position)
            .Select(s => new StageDecisionView(s.Position, s.Kind, scores[s.Position.ToString(CultureInfo.InvariantCulture)], s.CutOff,
                [.. comments.Where(c => c.Stage == s.Position).Select(c => c.Comment)]))
            .ToList();
        return new ProposalDecisionView(entry.Outcome, publishedAt, entry.Rank, ranked, entry.FinalScore, stages,
            entry.Outcome == SelectionOutcome.RejectedAtScreening ? screeningNote : null);
    }

    /// <summary>The scores and comments as the e-mail lists them, in the applicant's language.</summary>
    private static string Summary(ProposalDecisionView view, string culture)
    {
        var c = CultureInfo.GetCultureInfo(culture);
        var text = new StringBuilder();
        if (view.ScreeningNote is { } note)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{CoreMessages.In(culture, "Decision.ScreeningNote")}: {note}");
        }

        if (view.FinalScore is { } final)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{CoreMessages.In(culture, "Decision.FinalScore")}: {final.ToString("0.00", c)} ({string.Format(c, CoreMessages.In(culture, "Decision.RankOf"), view.Rank, view.Ranked)})");
        }

        foreach (var stage in view.Stages)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{CoreMessages.In(culture, $"StageKind.{stage.Kind}")}: {stage.Score.ToString("0.00", c)}");
            for (var i = 0; i < stage.Comments.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {string.Format(c, CoreMessages.In(culture, "Decision.Reviewer"), i + 1)}: {stage.Comments[i]}");
            }
        }

        return text.Length == 0 ? CoreMessages.In(culture, "Decision.NoScores") : text.ToString().TrimEnd();
    }
}
