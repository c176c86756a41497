using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

internal static class RandomMeetingProblems
{
    private static readonly DateTimeOffset Morning = new(2027, 5, 11, 9, 0, 0, TimeSpan.FromHours(9));

    /// <summary>
    /// A random consistent instance: 30-minute slots, some unavailable slots, some limits, weights 1–3, meetings mostly of
    /// two (sometimes three) participants, and a few locks placed where they break no rule.
    /// </summary>
    public static MeetingProblem Make(Random random, int participants, int meetings, int slots, int tables, double lockShare = 0.1)
    {
        var slotList = Enumerable.Range(0, slots).Select(i => new MeetingSlot($"s{i}", Morning.AddMinutes(30 * i), Morning.AddMinutes((30 * i) + 30))).ToList();
        var tableList = Enumerable.Range(0, tables).Select(i => $"t{i}").ToList();
        var people = Enumerable.Range(0, participants).Select(i => new MeetingParticipant(
            $"p{i}",
            [.. slotList.Where(_ => random.NextDouble() < 0.2).Select(s => s.Id)],
            random.Next(5) == 0 ? random.Next(0, 4) : null)).ToList();
        var requests = new List<MeetingRequest>();
        for (var m = 0; m < meetings; m++)
        {
            var size = random.Next(8) == 0 ? 3 : 2;
            var parts = people.OrderBy(_ => random.Next()).Take(Math.Min(size, participants)).Select(p => p.Id).ToList();
            requests.Add(new MeetingRequest($"m{m}", parts, random.Next(4) == 0 ? random.Next(2, 4) : 1));
        }

        var locks = new List<MeetingLock>();
        var taken = new HashSet<(string, string)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var meeting in requests.Where(_ => random.NextDouble() < lockShare))
        {
            var slot = slotList[random.Next(slots)].Id;
            var table = tableList.Count == 0 ? null : tableList[random.Next(tables)];
            var members = people.Where(p => meeting.Participants.Contains(p.Id)).ToList();
            if (table is null || taken.Contains((slot, table)) || members.Any(p => p.UnavailableSlots!.Contains(slot)
                || taken.Contains((slot, p.Id)) || counts.GetValueOrDefault(p.Id) >= (p.MaxMeetings ?? int.MaxValue)))
            {
                continue;
            }

            taken.Add((slot, table));
            members.ForEach(p => taken.Add((slot, p.Id)));
            members.ForEach(p => counts[p.Id] = counts.GetValueOrDefault(p.Id) + 1);
            locks.Add(new MeetingLock(meeting.Id, slot, table));
        }

        return new MeetingProblem(slotList, tableList, people, requests) { Locks = locks };
    }
}
