using System.Globalization;
using System.Text.Json;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review;
using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Programs.Selection;

/// <summary>The outcome of every proposal and the totals of the selection, as <see cref="SelectionRules.Compute"/> worked them out.</summary>
public sealed record SelectionComputation(IReadOnlyList<SelectionEntry> Entries, double TotalScore, long TotalCostKrw);

/// <summary>
/// The selection rules, a pure function of <see cref="SelectionInputs"/>, so the report can be recomputed at any time:
/// <list type="number">
/// <item>A proposal rejected at screening is out. Going through the review stages in order, a proposal that has no
/// submitted review in a stage, or whose stage score is below the stage's cut-off, stops there (below the cut-off). A
/// stage score is the mean of the proposal's reviewers' totals, each normalised against its reviewer's habit over the
/// whole stage (unless the call keeps raw scores): the same score the stage's close stored.</item>
/// <item>The proposals that pass every stage are ranked by their weighted final score (the stage weights, rounded to 4
/// decimals); ties go to the higher score in the last stage, then the higher mean of the raw totals, then the earlier
/// submission, then the smaller id, as in <see cref="ReviewScoring"/>.</item>
/// <item>Among them, the selection with the largest total final score whose total government budget fits the call's budget,
/// within the quotas (per field, per country of the overseas partner) and the program manager's adjustments, is chosen
/// exactly (<see cref="BudgetSelector"/>); its tie rules make it the same on every run.</item>
/// </list>
/// </summary>
public static class SelectionRules
{
    /// <exception cref="InfeasibleProblemException">When no selection fits the budget, quotas and adjustments.</exception>
    public static SelectionComputation Compute(Guid callId, SelectionInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var stageKey = (int position) => position.ToString(CultureInfo.InvariantCulture);
        var scores = inputs.Reviews.Select(r => new StageScore(r.ProposalId.ToString(), r.ReviewerId.ToString(), stageKey(r.StagePosition), r.Total)).ToList();
        var normalised = inputs.Stages.ToDictionary(s => s.Position, s => ReviewScoring.StageMeans(scores.Where(x => x.Stage == stageKey(s.Position)), !inputs.KeepsRawScores));
        var reviewsOf = inputs.Reviews.ToLookup(r => r.ProposalId);

        var entries = new Dictionary<Guid, SelectionEntry>();
        var finalists = new List<SelectionInputs.Candidate>();
        foreach (var proposal in inputs.Proposals)
        {
            var entry = new SelectionEntry
            {
                CallId = callId, ProposalId = proposal.Id, CostKrw = proposal.CostKrw, FieldCode = proposal.FieldCode, CountryCode = proposal.CountryCode,
            };
            entries[proposal.Id] = entry;
            if (proposal.Screening != ScreeningOutcome.Passed)
            {
                entry.Outcome = SelectionOutcome.RejectedAtScreening;
                continue;
            }

            var stageScores = new SortedDictionary<string, double>(StringComparer.Ordinal);
            var stopped = false;
            foreach (var stage in inputs.Stages)
            {
                if (!normalised[stage.Position].TryGetValue(proposal.Id.ToString(), out var score))
                {
                    stopped = true;
                    break;
                }

                stageScores[stageKey(stage.Position)] = Math.Round(score, 4);
                if (stage.CutOff is { } cut && Math.Round(score, 4) < cut)
                {
                    stopped = true;
                    break;
                }
            }

            entry.StageScoresJson = JsonSerializer.Serialize(stageScores);
            if (stopped)
            {
                entry.Outcome = SelectionOutcome.BelowCutOff;
            }
            else
            {
                finalists.Add(proposal);
            }
        }

        var weights = inputs.Stages.Sum(s => Math.Max(s.WeightPercent, 1));
        var last = inputs.Stages.Count == 0 ? 0 : inputs.Stages[^1].Position;
        var submitted = finalists.ToDictionary(f => f.Id, f => f.SubmittedAt);
        var ranked = finalists.Select(f =>
            {
                var key = f.Id.ToString();
                var total = inputs.Stages.Sum(s => Math.Max(s.WeightPercent, 1) * normalised[s.Position][key]) / weights;
                var raw = reviewsOf[f.Id].Average(r => r.Total);
                return (f.Id, Total: Math.Round(total, 4), Last: Math.Round(normalised[last][key], 4), RawMean: Math.Round(raw, 4));
            })
            .OrderByDescending(r => r.Total).ThenByDescending(r => r.Last).ThenByDescending(r => r.RawMean).ThenBy(r => submitted[r.Id])
            .ThenBy(r => r.Id.ToString(), StringComparer.Ordinal)
            .ToList();

        var adjustments = inputs.Adjustments.ToDictionary(a => a.ProposalId, a => a.Kind);
        var problem = new SelectionProblem(
            [.. ranked.Select(r => new SelectionCandidate(r.Id.ToString(), r.Total, entries[r.Id].CostKrw, Attributes(entries[r.Id])))], inputs.BudgetKrw)
        {
            Quotas = inputs.Quotas,
            ForcedIn = [.. adjustments.Where(a => a.Value == AdjustmentKind.ForceIn).Select(a => a.Key.ToString())],
            ForcedOut = [.. adjustments.Where(a => a.Value == AdjustmentKind.ForceOut).Select(a => a.Key.ToString())],
        };
        var selection = BudgetSelector.Select(problem);
        var chosen = selection.Selected.Select(s => Guid.Parse(s.Id)).ToHashSet();
        for (var i = 0; i < ranked.Count; i++)
        {
            var entry = entries[ranked[i].Id];
            entry.Rank = i + 1;
            entry.FinalScore = ranked[i].Total;
            entry.RawMean = ranked[i].RawMean;
            entry.Outcome = chosen.Contains(entry.ProposalId) ? SelectionOutcome.Selected : SelectionOutcome.NotSelected;
            entry.Adjustment = adjustments.TryGetValue(entry.ProposalId, out var kind) ? kind : null;
        }

        return new SelectionComputation([.. inputs.Proposals.Select(p => entries[p.Id])], Math.Round(ranked.Where(r => chosen.Contains(r.Id)).Sum(r => r.Total), 4), selection.TotalCost);
    }

    private static Dictionary<string, string> Attributes(SelectionEntry entry)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (entry.FieldCode is { } field)
        {
            attributes[SelectionLimits.Field] = field;
        }

        if (entry.CountryCode is { } country)
        {
            attributes[SelectionLimits.Country] = country;
        }

        return attributes;
    }
}
