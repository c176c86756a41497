using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Bench.Meetings;

/// <summary>
/// A synthetic partnering event shaped like a brokerage day: slots of 30 minutes from 09:00 to 18:00 KST on consecutive
/// days; a third of the participants away for one half-day block, and everyone unavailable in 0–2 more random slots; each
/// request from a participant drawn uniformly to one drawn by popularity (∝ 1 / (rank + 20)^0.7, so a few participants
/// are asked by many); a request is accepted only while both sides have fewer accepted meetings than available slots (as
/// a participant declines once their agenda is full), and never twice for the same pair.
/// </summary>
public static class SyntheticMeetings
{
    private const int SlotsPerDay = 18;

    public static MeetingProblem Make(int participants, int meetings, int days, int tables, double priorityShare, int seed, double oversubscribe = 1)
    {
        var random = new Random(seed);
        var kst = TimeSpan.FromHours(9);
        var slots = new List<MeetingSlot>();
        for (var d = 0; d < days; d++)
        {
            var morning = new DateTimeOffset(2027, 5, 11 + d, 9, 0, 0, kst);
            for (var i = 0; i < SlotsPerDay; i++)
            {
                slots.Add(new MeetingSlot($"D{d + 1}-{i:D2}", morning.AddMinutes(30 * i), morning.AddMinutes((30 * i) + 30)));
            }
        }

        var people = new List<MeetingParticipant>();
        var available = new int[participants];
        for (var p = 0; p < participants; p++)
        {
            var away = new HashSet<string>(StringComparer.Ordinal);
            if (random.NextDouble() < 1.0 / 3)
            {
                var start = (random.Next(days * 2) * SlotsPerDay) / 2; // a half-day: 9 slots
                for (var s = start; s < start + (SlotsPerDay / 2); s++)
                {
                    away.Add(slots[s].Id);
                }
            }

            for (var k = random.Next(3); k > 0; k--)
            {
                away.Add(slots[random.Next(slots.Count)].Id);
            }

            available[p] = slots.Count - away.Count;
            people.Add(new MeetingParticipant($"P{p:D5}", [.. away.Order(StringComparer.Ordinal)]));
        }

        var popularity = Enumerable.Range(0, participants).Select(i => 1 / Math.Pow(i + 20, 0.7)).ToArray();
        var cumulative = new double[participants];
        var sum = 0.0;
        for (var i = 0; i < participants; i++)
        {
            cumulative[i] = sum += popularity[i];
        }

        var rank = Enumerable.Range(0, participants).OrderBy(_ => random.Next()).ToArray(); // popularity not tied to id
        var degree = new int[participants];
        var pairs = new HashSet<(int, int)>();
        var requests = new List<MeetingRequest>();
        for (var attempts = 0; requests.Count < meetings && attempts < meetings * 50; attempts++)
        {
            var a = random.Next(participants);
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            var b = rank[index < 0 ? Math.Min(~index, participants - 1) : index];
            if (a == b || degree[a] >= available[a] * oversubscribe || degree[b] >= available[b] * oversubscribe || !pairs.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                continue;
            }

            degree[a]++;
            degree[b]++;
            var weight = random.NextDouble() < priorityShare ? 3 : 1;
            requests.Add(new MeetingRequest($"M{requests.Count:D5}", [people[a].Id, people[b].Id], weight));
        }

        return new MeetingProblem(slots, [.. Enumerable.Range(0, tables).Select(t => $"T{t:D3}")], people, requests);
    }
}
