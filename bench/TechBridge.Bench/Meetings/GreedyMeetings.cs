using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Bench.Meetings;

/// <summary>What an organiser's spreadsheet does: each request in order, in the first slot where both are available and
/// free, at the first free table.</summary>
public static class GreedyMeetings
{
    public static (int Placed, long Weight) Solve(MeetingProblem problem)
    {
        var slots = problem.Slots.OrderBy(s => s.Start).Select(s => s.Id).ToList();
        var away = problem.Participants.ToDictionary(p => p.Id, p => (p.UnavailableSlots ?? []).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var busy = new HashSet<(string Participant, string Slot)>();
        var tablesUsed = slots.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var placed = 0;
        var weight = 0L;
        foreach (var meeting in problem.Meetings)
        {
            var slot = slots.FirstOrDefault(s => tablesUsed[s] < problem.Tables.Count
                && meeting.Participants.All(p => !away[p].Contains(s) && !busy.Contains((p, s))));
            if (slot is null)
            {
                continue;
            }

            tablesUsed[slot]++; // the first free table: tables are filled in order
            foreach (var p in meeting.Participants)
            {
                busy.Add((p, slot));
            }

            placed++;
            weight += meeting.Weight;
        }

        return (placed, weight);
    }
}
