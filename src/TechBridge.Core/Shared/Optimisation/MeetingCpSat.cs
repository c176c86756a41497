using Google.OrTools.Sat;

namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// The exact slot model for CP-SAT. Tables are interchangeable, so a schedule is a choice of slot per meeting with at most
/// the slot's free tables used; tables are handed out afterwards, which loses nothing. One Boolean x[m,s] per free meeting
/// and candidate slot; at most one slot per meeting; at most one meeting per participant and slot; at most the free tables
/// per slot; at most the remaining limit per participant; maximise the total weight. The current schedule is the hint.
/// </summary>
internal static class MeetingCpSat
{
    public sealed record Outcome(int[] SlotOf, long Weight, long Bound, bool Optimal);

    /// <summary>The number of Booleans the model would have (one per free meeting and candidate slot).</summary>
    public static long Size(MeetingModel model) => model.Candidates.Sum(c => (long)c.Length);

    public static Outcome? Solve(MeetingModel model, MeetingScheduleState hint, double deterministicLimit, TimeSpan wallLimit)
    {
        var cp = new CpModel();
        var vars = new List<(int Meeting, int Slot, BoolVar X)>();
        var perSlot = new List<BoolVar>[model.SlotCount];
        var perPersonSlot = new Dictionary<long, List<BoolVar>>();
        var perPerson = new List<BoolVar>[model.ParticipantCount];
        for (var s = 0; s < model.SlotCount; s++)
        {
            perSlot[s] = [];
        }

        for (var p = 0; p < model.ParticipantCount; p++)
        {
            perPerson[p] = [];
        }

        var objective = LinearExpr.NewBuilder();
        for (var m = 0; m < model.MeetingCount; m++)
        {
            var mine = new List<BoolVar>(model.Candidates[m].Length);
            foreach (var s in model.Candidates[m])
            {
                var x = cp.NewBoolVar($"x{m}_{s}");
                vars.Add((m, s, x));
                mine.Add(x);
                perSlot[s].Add(x);
                objective.AddTerm(x, model.Weight[m]);
                foreach (var p in model.Parts[m])
                {
                    var key = ((long)p * model.SlotCount) + s;
                    if (!perPersonSlot.TryGetValue(key, out var list))
                    {
                        perPersonSlot[key] = list = [];
                    }

                    list.Add(x);
                    perPerson[p].Add(x);
                }

                cp.AddHint(x, hint.SlotOf[m] == s);
            }

            if (mine.Count > 1)
            {
                cp.AddAtMostOne(mine);
            }
        }

        foreach (var (_, list) in perPersonSlot.OrderBy(e => e.Key).Where(e => e.Value.Count > 1))
        {
            cp.AddAtMostOne(list);
        }

        for (var s = 0; s < model.SlotCount; s++)
        {
            if (perSlot[s].Count > model.Capacity[s])
            {
                cp.Add(LinearExpr.Sum(perSlot[s]) <= model.Capacity[s]);
            }
        }

        for (var p = 0; p < model.ParticipantCount; p++)
        {
            if (perPerson[p].Count > model.RemainingLimit[p])
            {
                cp.Add(LinearExpr.Sum(perPerson[p]) <= model.RemainingLimit[p]);
            }
        }

        cp.Maximize(objective);
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"num_workers:1 random_seed:1 max_deterministic_time:{deterministicLimit} max_time_in_seconds:{Math.Max(0.1, wallLimit.TotalSeconds)}"),
        };
        var status = solver.Solve(cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var slotOf = Enumerable.Repeat(-1, model.MeetingCount).ToArray();
        foreach (var (m, s, x) in vars)
        {
            if (solver.BooleanValue(x))
            {
                slotOf[m] = s;
            }
        }

        return new Outcome(slotOf, (long)Math.Round(solver.ObjectiveValue), (long)Math.Floor(solver.BestObjectiveBound + 1e-6), status == CpSolverStatus.Optimal);
    }
}
