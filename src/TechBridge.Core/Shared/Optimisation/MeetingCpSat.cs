using Google.OrTools.Sat;

namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// The exact slot model for CP-SAT, over a chosen set of free meetings while every other meeting stays where the current
/// schedule has it (the whole set: the exact problem; a neighbourhood: one step of a large-neighbourhood search).
/// Tables are interchangeable, so a schedule is a choice of slot per meeting with at most the slot's tables left used;
/// tables are handed out afterwards, which loses nothing. One Boolean x[m,s] per meeting of the set and slot it fits as
/// the rest stands; at most one slot per meeting; at most one meeting per participant and slot; at most the tables left
/// per slot; at most the remaining limit per participant; maximise the total weight, from the current schedule as hint.
/// </summary>
internal static class MeetingCpSat
{
    /// <summary>What a solve did: the best bound on the set's weight, whether it is proved, and the deterministic time used.</summary>
    public sealed record Outcome(bool Improved, long SetBound, bool Optimal, double DeterministicTime);

    /// <summary>
    /// Re-solves <paramref name="set"/> in <paramref name="state"/>: the state keeps the better of its current schedule and
    /// CP-SAT's (equal weight: the current one). Null when CP-SAT found nothing within its limits (the state is unchanged).
    /// </summary>
    public static Outcome? Improve(MeetingModel model, MeetingScheduleState state, IReadOnlyList<int> set, double deterministicLimit, TimeSpan wallLimit)
    {
        var mark = state.JournalMark;
        var before = state.TotalWeight;
        var hint = set.Select(m => state.SlotOf[m]).ToArray();
        foreach (var m in set.Where(m => state.SlotOf[m] >= 0))
        {
            state.Remove(m);
        }

        var rest = state.TotalWeight;
        var cp = new CpModel();
        var vars = new List<(int Meeting, int Slot, BoolVar X)>();
        var perSlot = new Dictionary<int, List<BoolVar>>();
        var perPerson = new Dictionary<int, List<BoolVar>>();
        var perPersonSlot = new Dictionary<long, List<BoolVar>>();
        var objective = LinearExpr.NewBuilder();
        for (var i = 0; i < set.Count; i++)
        {
            var m = set[i];
            var mine = new List<BoolVar>();
            foreach (var s in model.Candidates[m].Where(s => state.Fits(m, s)))
            {
                var x = cp.NewBoolVar($"x{m}_{s}");
                vars.Add((m, s, x));
                mine.Add(x);
                Add(perSlot, s, x);
                objective.AddTerm(x, model.Weight[m]);
                foreach (var p in model.Parts[m])
                {
                    Add(perPersonSlot, ((long)p * model.SlotCount) + s, x);
                    Add(perPerson, p, x);
                }

                cp.AddHint(x, hint[i] == s);
            }

            if (mine.Count > 1)
            {
                cp.AddAtMostOne(mine);
            }
        }

        foreach (var (_, list) in perPersonSlot.Where(e => e.Value.Count > 1).OrderBy(e => e.Key))
        {
            cp.AddAtMostOne(list);
        }

        foreach (var (s, list) in perSlot.Where(e => e.Value.Count > model.Capacity[e.Key] - state.Used[e.Key]).OrderBy(e => e.Key))
        {
            cp.Add(LinearExpr.Sum(list) <= model.Capacity[s] - state.Used[s]);
        }

        foreach (var (p, list) in perPerson.Where(e => e.Value.Count > model.RemainingLimit[e.Key] - state.Count[e.Key]).OrderBy(e => e.Key))
        {
            cp.Add(LinearExpr.Sum(list) <= model.RemainingLimit[p] - state.Count[p]);
        }

        cp.Maximize(objective);
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"num_workers:1 random_seed:1 max_deterministic_time:{deterministicLimit} max_time_in_seconds:{Math.Max(0.05, wallLimit.TotalSeconds)}"),
        };
        var status = solver.Solve(cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible) || rest + (long)Math.Round(solver.ObjectiveValue) <= before)
        {
            state.Rollback(mark);
            return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
                ? new Outcome(false, (long)Math.Floor(solver.BestObjectiveBound + 1e-6), status == CpSolverStatus.Optimal, solver.Response?.DeterministicTime ?? deterministicLimit)
                : null;
        }

        foreach (var (m, s, x) in vars.Where(v => solver.BooleanValue(v.X)))
        {
            state.Place(m, s);
        }

        state.Commit();
        return new Outcome(true, (long)Math.Floor(solver.BestObjectiveBound + 1e-6), status == CpSolverStatus.Optimal, solver.Response?.DeterministicTime ?? deterministicLimit);
    }

    private static void Add<TKey>(Dictionary<TKey, List<BoolVar>> lists, TKey key, BoolVar x)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(x);
    }
}
