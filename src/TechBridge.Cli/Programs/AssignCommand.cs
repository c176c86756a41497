using System.Diagnostics;
using System.Globalization;
using TechBridge.Core.Shared.Optimisation;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Cli.Programs;

/// <summary>
/// <c>techbridge assign --affinity scores.csv --reviewers-per-paper k --max-load l [--conflicts conflicts.csv] --out assignment.csv</c>:
/// the optimal reviewer assignment (most pairs, then most total affinity) over the scored pairs, with the same solver the
/// portal uses. Every submission and reviewer in the scores takes part; a pair without a score is not a candidate.
/// </summary>
internal static class AssignCommand
{
    /// <summary>Exit code when some submission cannot get its k reviewers: nothing is written.</summary>
    public const int Infeasible = 3;

    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var scoresPath = options.Required("affinity");
        var outPath = options.Required("out");
        var k = options.Number("reviewers-per-paper", 0, 1, 100);
        var maxLoad = options.Number("max-load", 0, 1, 100_000);
        if (options["reviewers-per-paper"] is null || options["max-load"] is null)
        {
            throw new CliUsageException("--reviewers-per-paper and --max-load are required.");
        }

        List<AffinityScore> scores;
        List<(string SubmissionId, string ReviewerId)> conflicts;
        try
        {
            scores = AffinityScoreReader.ReadScores(scoresPath);
            conflicts = options["conflicts"] is { } conflictsPath ? AffinityScoreReader.ReadPairs(conflictsPath) : [];
        }
        catch (DatasetFormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var submissions = scores.Select(s => s.SubmissionId).Distinct(StringComparer.Ordinal).ToList();
        var reviewers = scores.Select(s => s.ReviewerId).Distinct(StringComparer.Ordinal).Select(id => new AssignmentReviewer(id, maxLoad)).ToList();
        var known = (Submissions: submissions.ToHashSet(StringComparer.Ordinal), Reviewers: reviewers.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
        var problem = new AssignmentProblem(submissions, reviewers, [.. scores.Select(s => new AssignmentPair(s.SubmissionId, s.ReviewerId, s.Score))], k)
        {
            // A conflict naming someone with no score cannot be assigned anyway.
            Conflicts = [.. conflicts.Where(c => known.Submissions.Contains(c.SubmissionId) && known.Reviewers.Contains(c.ReviewerId))],
        };

        var clock = Stopwatch.StartNew();
        AssignmentResult result;
        try
        {
            result = ReviewerAssigner.Solve(problem);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        if (!result.IsComplete)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"techbridge: infeasible: {result.Unfilled.Count:N0} of {submissions.Count:N0} submissions cannot get {k} reviewers with --max-load {maxLoad}; nothing was written."));
            foreach (var unfilled in result.Unfilled.Take(10))
            {
                await error.WriteLineAsync($"  {unfilled.Submission}: {Why(unfilled, k)}");
            }

            if (result.Unfilled.Count > 10)
            {
                await error.WriteLineAsync($"  … and {result.Unfilled.Count - 10:N0} more.");
            }

            var capacity = (long)reviewers.Count * maxLoad;
            if (capacity < (long)submissions.Count * k)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  In total {reviewers.Count:N0} reviewers × {maxLoad} = {capacity:N0} reviews for {submissions.Count:N0} × {k} = {(long)submissions.Count * k:N0} needed."));
            }

            return Infeasible;
        }

        AffinityScoreWriter.WriteFile(outPath, result.Pairs
            .OrderBy(p => p.Submission, StringComparer.Ordinal).ThenByDescending(p => p.Score).ThenBy(p => p.Reviewer, StringComparer.Ordinal)
            .Select(p => new AffinityScore(p.Submission, p.Reviewer, p.Score)));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Assigned {result.Pairs.Count:N0} pairs ({submissions.Count:N0} submissions × {k}; {reviewers.Count:N0} reviewers, at most {maxLoad} each; {problem.Conflicts.Count:N0} conflicts) in {clock.Elapsed.TotalSeconds:0.00} s, optimal."));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Total affinity: {result.TotalAffinity:0.######}"));
        await output.WriteLineAsync($"Wrote {outPath}");
        return 0;
    }

    private static string Why(ShortSubmission unfilled, int k) => unfilled.Reason switch
    {
        ShortReason.TooFewCandidates => $"only {unfilled.Candidates} scored reviewers without a conflict; {k} needed.",
        _ => $"{unfilled.Candidates} candidate reviewers, but their loads are taken by other submissions (got {unfilled.Assigned} of {k}).",
    };
}
