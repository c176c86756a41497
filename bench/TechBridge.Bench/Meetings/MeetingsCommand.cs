using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Bench.Meetings;

/// <summary>
/// <c>meetings [--participants 2000] [--meetings 10000] [--days 2] [--tables 350] [--priority 0] [--oversubscribe 1] [--time-limit 10] [--runs 3] [--seed 1]</c>:
/// the meeting scheduler (<see cref="MeetingScheduler"/>) on a synthetic event (<see cref="SyntheticMeetings"/>), side by
/// side in the same run with the plain greedy (each request in order, first free slot and table). Every schedule is
/// checked independently (no person or table twice in a slot, unavailable slots respected). Prints the time of each
/// (median of the runs), the meetings placed, the share placed, the proved bound and the gap.
/// </summary>
public static class MeetingsCommand
{
    public static int Run(string[] args)
    {
        var participants = Option(args, "participants", 2000);
        var meetings = Option(args, "meetings", 10_000);
        var days = Option(args, "days", 2);
        var tables = Option(args, "tables", 350);
        var runs = Option(args, "runs", 3);
        var seed = Option(args, "seed", 1);
        var limit = TimeSpan.FromSeconds(Option(args, "time-limit", 10));
        var priority = double.Parse(Text(args, "priority") ?? "0", CultureInfo.InvariantCulture);
        var oversubscribe = double.Parse(Text(args, "oversubscribe") ?? "1", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# meetings: {participants:N0} participants, {meetings:N0} requested, {days} days × 18 slots, {tables} tables, {priority:P0} priority (weight 3), time limit {limit.TotalSeconds:0} s, seed {seed}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average {LoadAverage()}");

        var clock = Stopwatch.StartNew();
        var problem = SyntheticMeetings.Make(participants, meetings, days, tables, priority, seed, oversubscribe);
        var degrees = problem.Meetings.SelectMany(m => m.Participants).CountBy(p => p).Select(p => p.Value).Order().ToList();
        var totalWeight = problem.Meetings.Sum(m => (long)m.Weight);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# instance: {problem.Meetings.Count:N0} accepted meetings (weight {totalWeight:N0}), {problem.Slots.Count} slots × {tables} tables = {problem.Slots.Count * tables:N0} places, "
            + $"meetings per participant median {degrees[degrees.Count / 2]}, max {degrees[^1]}; made in {clock.Elapsed.TotalSeconds:0.0} s"));

        MeetingSchedule? result = null;
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            var again = MeetingScheduler.Schedule(problem, limit);
            times.Add(clock.Elapsed.TotalSeconds);
            if (result is not null && (again.TotalWeight != result.TotalWeight || !again.Placements.SequenceEqual(result.Placements)))
            {
                Console.WriteLine("# WARNING: this run's schedule differs from the first run's.");
            }

            result = again;
            Check(problem, result.Placements);
        }

        (int Placed, long Weight) greedy = default;
        var greedyTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            greedy = GreedyMeetings.Solve(problem);
            greedyTimes.Add(clock.Elapsed.TotalSeconds);
        }

        var n = problem.Meetings.Count;
        Console.WriteLine();
        Console.WriteLine($"| method | time s (median of {runs}) | placed / accepted | % placed | weight placed | proved bound | gap to bound | proved optimal |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| scheduler ({result!.Method}) | {Median(times):0.00} | {result.Placed:N0} / {n:N0} | {100.0 * result.Placed / n:0.00}% | {result.TotalWeight:N0} | {result.WeightBound:N0} | {Gap(result.WeightBound, result.TotalWeight)} | {(result.ProvedOptimal ? "yes" : "no")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| greedy (request order, first free slot) | {Median(greedyTimes):0.00} | {greedy.Placed:N0} / {n:N0} | {100.0 * greedy.Placed / n:0.00}% | {greedy.Weight:N0} | — | {Gap(result.WeightBound, greedy.Weight)} | — |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scheduler runs: {string.Join(", ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s; greedy runs: {string.Join(", ", greedyTimes.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s; "
            + $"unplaced by reason: {string.Join(", ", result.Unplaced.CountBy(u => u.Reason).Select(r => $"{r.Key} {r.Value}"))}; load average after {LoadAverage()}."));
        return 0;
    }

    /// <summary>An independent check of the hard rules; throws on the first broken one.</summary>
    private static void Check(MeetingProblem problem, IReadOnlyList<MeetingPlacement> placements)
    {
        var away = problem.Participants.SelectMany(p => (p.UnavailableSlots ?? []).Select(s => (p.Id, s))).ToHashSet();
        var meetings = problem.Meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var people = new HashSet<(string, string)>();
        var tables = new HashSet<(string, string)>();
        foreach (var p in placements)
        {
            if (!tables.Add((p.Slot, p.Table)) || meetings[p.Meeting].Participants.Any(x => away.Contains((x, p.Slot)) || !people.Add((x, p.Slot))))
            {
                throw new InvalidOperationException($"The schedule breaks a rule at meeting {p.Meeting}.");
            }
        }
    }

    private static string Gap(long bound, long weight) => bound == 0 ? "—" : (1 - ((double)weight / bound)).ToString("P2", CultureInfo.InvariantCulture);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
