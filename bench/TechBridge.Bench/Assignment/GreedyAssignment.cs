using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Bench.Assignment;

/// <summary>The usual hand-made method: take the best remaining (proposal, reviewer) pair while both still have room.</summary>
public static class GreedyAssignment
{
    public static (int Pairs, double Total, int Short) Solve(AssignmentProblem problem)
    {
        var conflicts = problem.Conflicts.ToHashSet();
        var need = problem.Submissions.ToDictionary(s => s, _ => problem.ReviewersPerSubmission, StringComparer.Ordinal);
        var load = problem.Reviewers.ToDictionary(r => r.Id, r => r.MaxLoad, StringComparer.Ordinal);
        var pairs = 0;
        var total = 0.0;
        foreach (var pair in problem.Scores.Where(p => !conflicts.Contains((p.Submission, p.Reviewer))).OrderByDescending(p => p.Score))
        {
            if (need[pair.Submission] > 0 && load[pair.Reviewer] > 0)
            {
                need[pair.Submission]--;
                load[pair.Reviewer]--;
                pairs++;
                total += pair.Score;
            }
        }

        return (pairs, total, need.Values.Count(n => n > 0));
    }
}
