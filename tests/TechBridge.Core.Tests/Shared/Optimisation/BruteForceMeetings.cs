using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

/// <summary>
/// The independent exact method the scheduler is checked against: tries every slot (or none) for every meeting that is
/// not locked (tiny instances only), keeping the rules directly on ids, and returns the best total weight, locks included.
/// Tables are counted per slot (any free table will do: tables are interchangeable).
/// </summary>
internal static class BruteForceMeetings
{
    public static long BestWeight(MeetingProblem problem)
    {
        var away = problem.Participants.SelectMany(p => (p.UnavailableSlots ?? []).Select(s => (p.Id, s))).ToHashSet();
        var limit = problem.Participants.ToDictionary(p => p.Id, p => p.MaxMeetings ?? int.MaxValue, StringComparer.Ordinal);
        var busy = new HashSet<(string Participant, string Slot)>();
        var tables = problem.Slots.ToDictionary(s => s.Id, _ => 0, StringComparer.Ordinal);
        var count = problem.Participants.ToDictionary(p => p.Id, _ => 0, StringComparer.Ordinal);
        var locked = problem.Locks.Select(l => l.Meeting).ToHashSet(StringComparer.Ordinal);
        var lockedWeight = 0L;
        foreach (var l in problem.Locks)
        {
            var meeting = problem.Meetings.Single(m => m.Id == l.Meeting);
            tables[l.Slot]++;
            lockedWeight += meeting.Weight;
            foreach (var p in meeting.Participants)
            {
                busy.Add((p, l.Slot));
                count[p]++;
            }
        }

        var free = problem.Meetings.Where(m => !locked.Contains(m.Id)).ToList();
        var best = 0L;
        Search(0, 0);
        return lockedWeight + best;

        void Search(int index, long weight)
        {
            if (index == free.Count)
            {
                best = Math.Max(best, weight);
                return;
            }

            var meeting = free[index];
            Search(index + 1, weight); // unplaced
            foreach (var slot in problem.Slots.Select(s => s.Id))
            {
                if (tables[slot] >= problem.Tables.Count
                    || meeting.Participants.Any(p => away.Contains((p, slot)) || busy.Contains((p, slot)) || count[p] >= limit[p]))
                {
                    continue;
                }

                tables[slot]++;
                foreach (var p in meeting.Participants)
                {
                    busy.Add((p, slot));
                    count[p]++;
                }

                Search(index + 1, weight + meeting.Weight);
                tables[slot]--;
                foreach (var p in meeting.Participants)
                {
                    busy.Remove((p, slot));
                    count[p]--;
                }
            }
        }
    }
}
