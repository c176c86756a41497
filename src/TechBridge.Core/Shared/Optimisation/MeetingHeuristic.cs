namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// The fast part of the scheduler, deterministic and bounded by a work count rather than the clock:
/// (1) greedy: meetings by weight, then fewest candidate slots, then busiest participant, each in its earliest slot that
/// fits; (2) ejection chains: an unplaced meeting takes a slot whose only obstacles are other meetings (of its
/// participants, or holding the last table) if each of those can move to another slot, recursively to a small depth;
/// (3) weight swaps: an unplaced meeting replaces lighter meetings that block it when no move frees the slot.
/// </summary>
internal static class MeetingHeuristic
{
    public static void Greedy(MeetingModel model, MeetingScheduleState state)
    {
        foreach (var m in Order(model))
        {
            Insert(model, state, m);
        }

        state.Commit();
    }

    /// <summary>Repairs until nothing improves or <paramref name="workBudget"/> checks were made; returns whether anything improved.</summary>
    public static bool Repair(MeetingModel model, MeetingScheduleState state, long workBudget, int maxDepth = 3)
    {
        var stopAt = state.Work + workBudget;
        var improvedAny = false;
        var inChain = new bool[model.MeetingCount];
        for (var depth = 1; depth <= maxDepth; depth++)
        {
            bool improved;
            do
            {
                improved = false;
                foreach (var m in Order(model).Where(m => state.SlotOf[m] < 0 && model.Candidates[m].Length > 0))
                {
                    if (state.Work > stopAt)
                    {
                        return improvedAny;
                    }

                    if (TryInsert(model, state, m, depth, inChain) || SwapForWeight(model, state, m))
                    {
                        state.Commit();
                        improved = improvedAny = true;
                    }
                }
            }
            while (improved);
        }

        return improvedAny;
    }

    /// <summary>Places every unplaced meeting that fits somewhere as things stand, so that the schedule is maximal.</summary>
    public static void Fill(MeetingModel model, MeetingScheduleState state)
    {
        foreach (var m in Order(model).Where(m => state.SlotOf[m] < 0))
        {
            Insert(model, state, m);
        }

        state.Commit();
    }

    /// <summary>Free meetings with a candidate slot, most valuable and most constrained first; ties by input order.</summary>
    public static IEnumerable<int> Order(MeetingModel model)
    {
        var pressure = new double[model.ParticipantCount];
        for (var p = 0; p < model.ParticipantCount; p++)
        {
            var available = model.Available[p].Count(a => a);
            pressure[p] = model.MeetingsOf[p].Count / (double)Math.Max(1, Math.Min(available, model.RemainingLimit[p]));
        }

        return Enumerable.Range(0, model.MeetingCount)
            .Where(m => model.LockedAt[m] is null && model.Candidates[m].Length > 0)
            .OrderByDescending(m => model.Weight[m])
            .ThenBy(m => model.Candidates[m].Length)
            .ThenByDescending(m => model.Parts[m].Max(p => pressure[p]))
            .ThenBy(m => m)
            .ToList();
    }

    private static bool Insert(MeetingModel model, MeetingScheduleState state, int m)
    {
        if (!state.UnderLimit(m))
        {
            return false;
        }

        foreach (var s in model.Candidates[m])
        {
            if (state.Fits(m, s))
            {
                state.Place(m, s);
                return true;
            }
        }

        return false;
    }

    private static bool TryInsert(MeetingModel model, MeetingScheduleState state, int m, int depth, bool[] inChain)
    {
        if (Insert(model, state, m))
        {
            return true;
        }

        if (depth == 0 || !state.UnderLimit(m))
        {
            return false;
        }

        inChain[m] = true;
        try
        {
            foreach (var s in model.Candidates[m])
            {
                if (Blockers(model, state, m, s) is not { } blockers || blockers.Any(b => inChain[b]))
                {
                    continue;
                }

                if (blockers.Count == 0)
                {
                    // Everyone is free but the tables are taken: move one meeting of this slot elsewhere.
                    if (MoveOneOut(model, state, m, s, inChain))
                    {
                        return true;
                    }

                    continue;
                }

                var mark = state.JournalMark;
                blockers.ForEach(state.Remove);
                state.Place(m, s);
                blockers.ForEach(b => inChain[b] = true);
                var moved = blockers.All(b => TryInsert(model, state, b, depth - 1, inChain));
                blockers.ForEach(b => inChain[b] = false);
                if (moved)
                {
                    return true;
                }

                state.Rollback(mark);
            }

            return false;
        }
        finally
        {
            inChain[m] = false;
        }
    }

    private static bool MoveOneOut(MeetingModel model, MeetingScheduleState state, int m, int s, bool[] inChain)
    {
        foreach (var other in state.InSlot[s].ToList())
        {
            if (inChain[other])
            {
                continue;
            }

            var mark = state.JournalMark;
            state.Remove(other);
            state.Place(m, s);
            if (Insert(model, state, other))
            {
                return true;
            }

            state.Rollback(mark);
        }

        return false;
    }

    /// <summary>An unplaced meeting takes a slot from lighter blocking meetings, which stay unplaced; returns whether it did.</summary>
    private static bool SwapForWeight(MeetingModel model, MeetingScheduleState state, int m)
    {
        if (!state.UnderLimit(m))
        {
            return false;
        }

        foreach (var s in model.Candidates[m])
        {
            if (Blockers(model, state, m, s) is { Count: > 0 } blockers && blockers.Sum(b => model.Weight[b]) < model.Weight[m])
            {
                blockers.ForEach(state.Remove);
                state.Place(m, s);
                return true;
            }
        }

        return false;
    }

    /// <summary>The free meetings that keep <paramref name="m"/> out of slot <paramref name="s"/>; null when a lock does.</summary>
    private static List<int>? Blockers(MeetingModel model, MeetingScheduleState state, int m, int s)
    {
        var blockers = new List<int>(2);
        foreach (var p in model.Parts[m])
        {
            var with = state.BusyWith(p, s);
            if (with == MeetingScheduleState.LockedMeeting)
            {
                return null;
            }

            if (with >= 0 && !blockers.Contains(with))
            {
                blockers.Add(with);
            }
        }

        return blockers;
    }
}
