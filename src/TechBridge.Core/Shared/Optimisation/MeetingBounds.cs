namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// Cheap upper bounds on the weight the free meetings can place, so that a heuristic schedule that reaches one is known
/// to be optimal without CP-SAT, and an unproved one says how far it can be from optimal at most.
/// </summary>
internal static class MeetingBounds
{
    /// <summary>The smallest of: (1) every meeting with a usable slot, less what over-booked participants must lose;
    /// (2) the heaviest meetings that fit in the tables left.</summary>
    public static long Upper(MeetingModel model)
    {
        var placeable = Enumerable.Range(0, model.MeetingCount).Where(m => model.Candidates[m].Length > 0).ToList();
        var all = placeable.Sum(m => model.Weight[m]);
        return Math.Min(all - OverbookedLoss(model), Tables(model, placeable));
    }

    /// <summary>
    /// A participant with more placeable meetings than usable slots (or than their limit) loses at least the lightest
    /// surplus ones. Summed over participants whose meetings do not overlap, so that no loss is counted twice.
    /// </summary>
    private static long OverbookedLoss(MeetingModel model)
    {
        var losses = new List<(long Loss, int Participant)>();
        for (var p = 0; p < model.ParticipantCount; p++)
        {
            var mine = model.MeetingsOf[p].Where(m => model.Candidates[m].Length > 0).ToList();
            var slots = mine.SelectMany(m => model.Candidates[m]).Distinct().Count();
            var surplus = mine.Count - Math.Min(slots, model.RemainingLimit[p]);
            if (surplus > 0)
            {
                losses.Add((mine.Select(m => model.Weight[m]).Order().Take(surplus).Sum(), p));
            }
        }

        var counted = new HashSet<int>();
        var total = 0L;
        foreach (var (loss, p) in losses.OrderByDescending(l => l.Loss).ThenBy(l => l.Participant))
        {
            var mine = model.MeetingsOf[p].Where(m => model.Candidates[m].Length > 0).ToList();
            if (mine.All(m => !counted.Contains(m)))
            {
                counted.UnionWith(mine);
                total += loss;
            }
        }

        return total;
    }

    private static long Tables(MeetingModel model, List<int> placeable)
    {
        var wanting = new int[model.SlotCount];
        foreach (var s in placeable.SelectMany(m => model.Candidates[m]))
        {
            wanting[s]++;
        }

        var places = Enumerable.Range(0, model.SlotCount).Sum(s => (long)Math.Min(model.Capacity[s], wanting[s]));
        return placeable.Select(m => model.Weight[m]).OrderDescending().Take((int)Math.Min(places, placeable.Count)).Sum();
    }
}
