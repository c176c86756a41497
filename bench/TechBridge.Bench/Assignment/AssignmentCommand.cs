using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Bench.Assignment;

/// <summary>
/// <c>assignment [--proposals 1000] [--reviewers 3000] [--k 3] [--max-load 2] [--conflicts 0.05] [--runs 3] [--seed 1]</c>:
/// the exact reviewer assignment (<see cref="ReviewerAssigner"/>) on a synthetic instance with every pair scored, side by
/// side in the same run with the plain greedy assignment (best remaining pair first), which is what a program manager's
/// spreadsheet does. Prints the time of each (median of the runs), the total affinity, the pairs assigned and the gap.
/// </summary>
public static class AssignmentCommand
{
    public static int Run(string[] args)
    {
        var proposals = Option(args, "proposals", 1000);
        var reviewers = Option(args, "reviewers", 3000);
        var k = Option(args, "k", 3);
        var maxLoad = Option(args, "max-load", 2);
        var runs = Option(args, "runs", 3);
        var seed = Option(args, "seed", 1);
        var conflictShare = double.Parse(Text(args, "conflicts") ?? "0.05", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# assignment: {proposals:N0} proposals × {reviewers:N0} reviewers, {k} per proposal, load ≤ {maxLoad}, {conflictShare:P0} conflicts, seed {seed}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average {LoadAverage()}");

        var clock = Stopwatch.StartNew();
        var problem = SyntheticAssignment.Make(proposals, reviewers, k, maxLoad, conflictShare, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# instance: {problem.Scores.Count:N0} scored pairs, {problem.Conflicts.Count:N0} conflicts, made in {clock.Elapsed.TotalSeconds:0.0} s"));

        AssignmentResult? exact = null;
        var exactTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            exact = ReviewerAssigner.Solve(problem);
            exactTimes.Add(clock.Elapsed.TotalSeconds);
        }

        (int Pairs, double Total, int Short) greedy = default;
        var greedyTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            greedy = GreedyAssignment.Solve(problem);
            greedyTimes.Add(clock.Elapsed.TotalSeconds);
        }

        var needed = proposals * k;
        Console.WriteLine();
        Console.WriteLine("| method | time s (median of " + runs + ") | pairs assigned / needed | proposals short | total affinity | gap to exact |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| exact (OR-Tools min-cost flow) | {Median(exactTimes):0.00} | {exact!.Pairs.Count:N0} / {needed:N0} | {exact.Unfilled.Count:N0} | {exact.TotalAffinity:N2} | — |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| greedy (best pair first) | {Median(greedyTimes):0.00} | {greedy.Pairs:N0} / {needed:N0} | {greedy.Short:N0} | {greedy.Total:N2} | {(exact.TotalAffinity - greedy.Total) / exact.TotalAffinity:P2} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Exact runs: {string.Join(", ", exactTimes.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s; greedy runs: {string.Join(", ", greedyTimes.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s; "
            + $"mean affinity per pair: exact {exact.TotalAffinity / Math.Max(1, exact.Pairs.Count):0.0000}, greedy {greedy.Total / Math.Max(1, greedy.Pairs):0.0000}; load average after {LoadAverage()}."));
        return 0;
    }

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
