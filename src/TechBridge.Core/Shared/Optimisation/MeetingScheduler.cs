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
/// ejection chains comes first (<see cref="MeetingHeuristic"/>); if it places every meeting that has a usable slot it is
/// optimal and returned. Otherwise CP-SAT solves the exact slot model from that schedule as a hint and either proves it
/// optimal, improves it, or runs out of its budget (then the better of the two is kept, <see cref="MeetingSchedule.ProvedOptimal"/>
/// is false and <see cref="MeetingSchedule.WeightBound"/> says how far from optimal it can be at most).
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

    /// <summary>CP-SAT's deterministic time per wall-clock second granted; measured ≈ 1 on the project's VM.</summary>
    private const double DeterministicPerSecond = 1.0;

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

        // Every free meeting with a usable slot placed: nothing more can be placed.
        var bound = Enumerable.Range(0, model.MeetingCount).Where(m => model.Candidates[m].Length > 0).Sum(m => model.Weight[m]);
        var method = ScheduleMethod.GreedyWithRepair;
        var left = limit - clock.Elapsed;
        if (state.TotalWeight < bound && left > TimeSpan.Zero)
        {
            var outcome = MeetingCpSat.Solve(model, state, left.TotalSeconds * DeterministicPerSecond, left);
            if (outcome is not null)
            {
                bound = Math.Min(bound, outcome.Bound);
                if (outcome.Weight > state.TotalWeight || (outcome.Optimal && outcome.Weight == state.TotalWeight))
                {
                    state = Load(model, outcome.SlotOf);
                    method = ScheduleMethod.CpSat;
                }
            }
        }

        MeetingHeuristic.Fill(model, state); // whatever still fits (after a stopped repair, or CP-SAT stopped early)

        return Report(model, state, bound, method, clock);
    }

    private static MeetingScheduleState Load(MeetingModel model, int[] slotOf)
    {
        var state = new MeetingScheduleState(model);
        for (var m = 0; m < slotOf.Length; m++)
        {
            if (slotOf[m] >= 0)
            {
                state.Place(m, slotOf[m]);
            }
        }

        state.Commit();
        return state;
    }

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
