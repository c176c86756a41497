using System.Diagnostics;

namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// Schedules a partnering event's accepted meetings: the largest total weight (with weight 1, the most meetings) placed
/// in slots and tables without double-booking a person or a table, outside everyone's unavailable slots, within
/// everyone's limit, with the organiser's locks kept. Inconsistent input is refused with every problem named
/// (<see cref="InconsistentMeetingProblemException"/>), never scheduled around.
/// <para>
/// How: tables are interchangeable, so the problem is solved on slots with a table capacity per slot, and tables are
/// handed out at the end (in input order, by meeting order), which loses nothing. A greedy schedule repaired by
/// ejection chains comes first (<see cref="MeetingHeuristic"/>); if it reaches a cheap upper bound (every placeable
/// meeting, the tables left, over-booked participants' surplus: <see cref="MeetingBounds"/>) it is optimal and returned.
/// Otherwise CP-SAT takes over from it as a hint: on the whole slot model when that has at most 60,000 Booleans (it then
/// proves optimality or tightens the bound), else on neighbourhoods (a few unplaced meetings with every meeting of their
/// participants, the rest fixed). The better schedule is kept; <see cref="MeetingSchedule.ProvedOptimal"/> is true only
/// with a proof, and <see cref="MeetingSchedule.WeightBound"/> says how far from optimal it can be at most.
/// </para>
/// <para>
/// Deterministic: the heuristic is bounded by a count of checks, CP-SAT runs with one worker, a fixed seed and a
/// deterministic-time budget (its own work measure). The wall-clock limit is only a safety net; if it is what stops
/// CP-SAT (a machine far slower than expected), two runs may differ among equally valid schedules.
/// </para>
/// </summary>
public static class MeetingScheduler
{
    /// <summary>The heuristic's budget in checks (a few hundred milliseconds at 10,000 meetings).</summary>
    private const long RepairWork = 30_000_000;

    /// <summary>
    /// CP-SAT's deterministic time granted per second of the time limit. Measured 0.35–0.45 per wall-clock second on the
    /// project's 2-core VM under load 6–7, so the deterministic budget, not the clock, normally stops the search; under
    /// heavier load (14) the clock stopped it first (docs/benchmarks.md).
    /// </summary>
    private const double DeterministicPerSecond = 0.2;

    /// <summary>Above this many Booleans (free meetings × their slots), CP-SAT works on neighbourhoods, not the whole model.</summary>
    private const long FullModelLimit = 60_000;

    /// <summary>Unplaced meetings per neighbourhood (with all their participants' meetings: a few hundred meetings).</summary>
    private const int NeighbourhoodSeeds = 6;

    /// <summary>CP-SAT's deterministic time per neighbourhood at most.</summary>
    private const double NeighbourhoodBudget = 0.5;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    /// <param name="timeLimit">The whole call's budget (default 10 s); what is left after the heuristic goes to CP-SAT.</param>
    public static MeetingSchedule Schedule(MeetingProblem problem, TimeSpan? timeLimit = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeLimit ?? DefaultTimeLimit;
        var model = MeetingModel.Build(problem);
        var state = new MeetingScheduleState(model);
        MeetingHeuristic.Greedy(model, state);
        MeetingHeuristic.Repair(model, state, RepairWork);

        var bound = MeetingBounds.Upper(model);
        var method = ScheduleMethod.GreedyWithRepair;
        if (state.TotalWeight < bound)
        {
            var free = MeetingHeuristic.Order(model).ToList();
            var budget = limit.TotalSeconds * DeterministicPerSecond;
            if (free.Sum(m => (long)model.Candidates[m].Length) <= FullModelLimit)
            {
                var outcome = MeetingCpSat.Improve(model, state, free, budget, Left(limit, clock));
                if (outcome is not null)
                {
                    method = outcome.Improved || outcome.Optimal ? ScheduleMethod.CpSat : method;
                    bound = Math.Min(bound, outcome.SetBound);
                }
            }
            else if (Neighbourhoods(model, state, budget, limit, clock))
            {
                method = ScheduleMethod.CpSat;
            }
        }

        MeetingHeuristic.Fill(model, state); // whatever still fits (after a stopped repair, or CP-SAT stopped early)

        return Report(model, state, bound, method, clock);
    }

    /// <summary>
    /// Large-neighbourhood search for instances too large for the whole model: a few unplaced meetings (most valuable and
    /// constrained first) with every meeting of their participants are solved exactly while the rest stays put; sweeps
    /// over the unplaced meetings until one sweep improves nothing or the deterministic budget is spent.
    /// </summary>
    private static bool Neighbourhoods(MeetingModel model, MeetingScheduleState state, double budget, TimeSpan limit, Stopwatch clock)
    {
        var spent = 0.0;
        var improvedAny = false;
        bool improved;
        do
        {
            improved = false;
            var unplaced = MeetingHeuristic.Order(model).Where(m => state.SlotOf[m] < 0).ToList();
            foreach (var batch in unplaced.Chunk(NeighbourhoodSeeds))
            {
                if (spent >= budget || Left(limit, clock) <= TimeSpan.Zero)
                {
                    return improvedAny;
                }

                var set = batch.Where(m => state.SlotOf[m] < 0)
                    .SelectMany(m => model.Parts[m]).Distinct().SelectMany(p => model.MeetingsOf[p])
                    .Where(m => model.LockedAt[m] is null && model.Candidates[m].Length > 0).Distinct().Order().ToList();
                var step = Math.Min(NeighbourhoodBudget, budget - spent);
                var outcome = MeetingCpSat.Improve(model, state, set, step, Left(limit, clock));
                spent += outcome?.DeterministicTime ?? step;
                if (outcome?.Improved == true)
                {
                    improved = improvedAny = true;
                }
            }
        }
        while (improved);
        return improvedAny;
    }

    /// <summary>Wall-clock time left for CP-SAT, keeping a little for building the result.</summary>
    private static TimeSpan Left(TimeSpan limit, Stopwatch clock) => limit - clock.Elapsed - TimeSpan.FromMilliseconds(100);

    private static MeetingSchedule Report(MeetingModel model, MeetingScheduleState state, long bound, ScheduleMethod method, Stopwatch clock)
    {
        var problem = model.Problem;
        var placed = new List<(int Slot, int Table, MeetingPlacement Placement)>();
        var lockedWeight = 0L;
        for (var m = 0; m < model.MeetingCount; m++)
        {
            if (model.LockedAt[m] is var (s, t))
            {
                placed.Add((s, t, new MeetingPlacement(problem.Meetings[m].Id, model.Slots[s].Id, problem.Tables[t], Locked: true)));
                lockedWeight += model.Weight[m];
            }
        }

        for (var s = 0; s < model.SlotCount; s++)
        {
            var tables = model.FreeTables[s];
            var meetings = state.InSlot[s].Order().ToList();
            for (var i = 0; i < meetings.Count; i++)
            {
                placed.Add((s, tables[i], new MeetingPlacement(problem.Meetings[meetings[i]].Id, model.Slots[s].Id, problem.Tables[tables[i]])));
            }
        }

        var unplaced = Enumerable.Range(0, model.MeetingCount)
            .Where(m => model.LockedAt[m] is null && state.SlotOf[m] < 0)
            .Select(m => Explain(model, state, m))
            .ToList();
        return new MeetingSchedule(
            [.. placed.OrderBy(p => p.Slot).ThenBy(p => p.Table).Select(p => p.Placement)],
            lockedWeight + state.TotalWeight,
            lockedWeight + Math.Max(bound, state.TotalWeight),
            unplaced,
            method,
            state.TotalWeight >= bound,
            clock.Elapsed);
    }

    /// <summary>The first reason that holds, in the order of <see cref="UnplacedReason"/>, against the final schedule.</summary>
    private static UnplacedMeeting Explain(MeetingModel model, MeetingScheduleState state, int m)
    {
        var id = model.Problem.Meetings[m].Id;
        var parts = model.Parts[m];
        string Name(int p) => model.Problem.Participants[p].Id;
        if (model.CommonSlots[m].Length == 0)
        {
            var scarcest = parts.MinBy(p => model.Available[p].Count(a => a));
            return new UnplacedMeeting(id, UnplacedReason.NoCommonAvailableSlot, model.SlotCount == 0 ? null : Name(scarcest));
        }

        if (parts.FirstOrDefault(p => state.Count[p] >= model.RemainingLimit[p], -1) is var full and >= 0)
        {
            return new UnplacedMeeting(id, UnplacedReason.ParticipantLimitReached, Name(full));
        }

        var free = model.CommonSlots[m].Where(s => parts.All(p => state.BusyWith(p, s) == -1)).ToList();
        if (free.Count == 0)
        {
            var busiest = parts.MaxBy(p => model.CommonSlots[m].Count(s => state.BusyWith(p, s) != -1));
            return new UnplacedMeeting(id, UnplacedReason.NoCommonFreeSlotLeft, Name(busiest));
        }

        // The schedule is maximal (the heuristic and the final fill place whatever fits), so every such slot is full.
        Debug.Assert(free.All(s => state.Used[s] >= model.Capacity[s]), "an unplaced meeting fits a free slot");
        return new UnplacedMeeting(id, UnplacedReason.NoTableFree, null);
    }
}
