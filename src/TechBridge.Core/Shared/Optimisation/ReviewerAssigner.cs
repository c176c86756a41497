using Google.OrTools.Graph;
using Google.OrTools.Sat;

namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// Assigns reviewers to submissions exactly: first as many (submission, reviewer) pairs as the loads and conflicts allow,
/// then, among those, the largest total affinity. Without group minimums it is a minimum-cost maximum flow
/// (source → reviewer, capacity = load; reviewer → submission, capacity 1, cost = best score − score; submission → sink,
/// capacity = k), which OR-Tools solves exactly in polynomial time; with group minimums the same model goes to CP-SAT
/// with the minimums as side constraints. Scores are compared at a resolution of a millionth of the largest score.
/// </summary>
public static class ReviewerAssigner
{
    private const double Resolution = 1_000_000;

    /// <param name="timeLimit">CP-SAT only: how long to search before returning the best assignment found (not proved optimal).</param>
    public static AssignmentResult Solve(AssignmentProblem problem, TimeSpan? timeLimit = null)
    {
        var model = AssignmentModel.Build(problem);
        var chosen = model.HasGroupMinimums ? SolveWithCpSat(model, timeLimit ?? TimeSpan.FromSeconds(60), out var proved)
            : SolveWithFlow(model, out proved);
        var pairs = model.Locked.Concat(chosen).ToList();
        var total = pairs.Sum(p => p.Score);
        return new AssignmentResult(pairs, total, model.UnfilledOf(pairs), model.HasGroupMinimums ? AssignmentMethod.CpSat : AssignmentMethod.MinCostFlow, proved);
    }

    private static List<AssignmentPair> SolveWithFlow(AssignmentModel model, out bool proved)
    {
        var reviewers = model.Reviewers;
        var submissions = model.Submissions;
        var source = 0;
        var sink = reviewers.Count + submissions.Count + 1;
        var (scale, best) = Scale(model.Candidates);
        var flow = new MinCostFlow();
        for (var r = 0; r < reviewers.Count; r++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, 1 + r, model.RemainingLoad[r], 0);
        }

        var arcs = new int[model.Candidates.Count];
        for (var i = 0; i < model.Candidates.Count; i++)
        {
            var c = model.Candidates[i];
            arcs[i] = flow.AddArcWithCapacityAndUnitCost(1 + c.Reviewer, 1 + reviewers.Count + c.Submission, 1, best - Scaled(c.Pair.Score, scale));
        }

        var demand = 0L;
        for (var s = 0; s < submissions.Count; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(1 + reviewers.Count + s, sink, model.RemainingNeed[s], 0);
            demand += model.RemainingNeed[s];
        }

        flow.SetNodeSupply(source, demand);
        flow.SetNodeSupply(sink, -demand);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The minimum-cost flow solver stopped with status {status}.");
        }

        proved = true;
        var chosen = new List<AssignmentPair>();
        for (var i = 0; i < arcs.Length; i++)
        {
            if (flow.Flow(arcs[i]) > 0)
            {
                chosen.Add(model.Candidates[i].Pair);
            }
        }

        return chosen;
    }

    private static List<AssignmentPair> SolveWithCpSat(AssignmentModel model, TimeSpan timeLimit, out bool proved)
    {
        var (scale, _) = Scale(model.Candidates);
        var cp = new CpModel();
        var x = new BoolVar[model.Candidates.Count];
        var bySubmission = new List<int>[model.Submissions.Count];
        var byReviewer = new List<int>[model.Reviewers.Count];
        for (var s = 0; s < bySubmission.Length; s++)
        {
            bySubmission[s] = [];
        }

        for (var r = 0; r < byReviewer.Length; r++)
        {
            byReviewer[r] = [];
        }

        for (var i = 0; i < x.Length; i++)
        {
            x[i] = cp.NewBoolVar($"x{i}");
            bySubmission[model.Candidates[i].Submission].Add(i);
            byReviewer[model.Candidates[i].Reviewer].Add(i);
        }

        for (var s = 0; s < bySubmission.Length; s++)
        {
            cp.Add(LinearExpr.Sum(bySubmission[s].Select(i => x[i])) <= model.RemainingNeed[s]);
            foreach (var (group, count) in model.GroupNeeds(s))
            {
                cp.Add(LinearExpr.Sum(bySubmission[s].Where(i => model.Reviewers[model.Candidates[i].Reviewer].Group == group).Select(i => x[i])) >= count);
            }
        }

        for (var r = 0; r < byReviewer.Length; r++)
        {
            cp.Add(LinearExpr.Sum(byReviewer[r].Select(i => x[i])) <= model.RemainingLoad[r]);
        }

        // Coverage first: one more pair is worth more than any difference in affinity.
        var scores = model.Candidates.Select(c => Scaled(c.Pair.Score, scale) - Scaled(model.LowestScore, scale)).ToArray();
        var coverageWeight = scores.Sum() + 1;
        cp.Maximize(LinearExpr.WeightedSum(x, scores.Select(s => s + coverageWeight)));
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant($"max_time_in_seconds:{timeLimit.TotalSeconds} num_workers:{Math.Max(1, Environment.ProcessorCount)}"),
        };
        var status = solver.Solve(cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InfeasibleProblemException(status == CpSolverStatus.Infeasible
                ? "The group minimums cannot all be met within the reviewers' loads."
                : $"No assignment was found within {timeLimit.TotalSeconds:0} s.");
        }

        proved = status == CpSolverStatus.Optimal;
        return [.. Enumerable.Range(0, x.Length).Where(i => solver.BooleanValue(x[i])).Select(i => model.Candidates[i].Pair)];
    }

    private static (double Scale, long Best) Scale(List<AssignmentCandidate> candidates)
    {
        var largest = candidates.Count == 0 ? 1 : Math.Max(candidates.Max(c => Math.Abs(c.Pair.Score)), double.Epsilon);
        var scale = Resolution / largest;
        var best = candidates.Count == 0 ? 0 : candidates.Max(c => Scaled(c.Pair.Score, scale));
        return (scale, best);
    }

    private static long Scaled(double score, double scale) => (long)Math.Round(score * scale, MidpointRounding.AwayFromZero);
}

/// <summary>An assignment or selection that cannot be made as stated (the message says why, for people).</summary>
public sealed class InfeasibleProblemException(string message) : Exception(message);
