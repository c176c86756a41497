using TechBridge.Matching.Evaluation;
using TechBridge.Matching.Search;

namespace TechBridge.Cli.Search;

/// <summary>
/// <c>techbridge affinity --openreview dir --out scores.csv [--aggregate max|mean-top-n] [--top-n 3]</c>: scores
/// every (submission, reviewer) pair from the reviewers' publications.
/// </summary>
internal static class AffinityCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var directory = options.Required("openreview");
        var outPath = options.Required("out");
        var aggregation = (options["aggregate"] ?? "mean-top-n") switch
        {
            "max" => AffinityAggregation.Max,
            "mean-top-n" => AffinityAggregation.MeanOfTopN,
            var other => throw new CliUsageException($"--aggregate must be 'max' or 'mean-top-n', not '{other}'."),
        };
        var topN = options.Number("top-n", 3, 1, 100);
        OpenReviewDataset dataset;
        try
        {
            dataset = OpenReviewReader.Read(directory);
        }
        catch (DatasetFormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var analyzer = EngineFactory.Analyzer(options);
        var affinity = new ExpertiseAffinity(
            dataset.Archives.SelectMany(a => a.Papers.Select(p => new ExpertPublication(a.ReviewerId, p.Title, p.Abstract))),
            analyzer, EngineFactory.Glossary(options, analyzer, error));
        var reviewers = dataset.Archives.Select(a => a.ReviewerId).ToList();
        var scores = new List<AffinityScore>(dataset.Submissions.Count * reviewers.Count);
        await Progress.RunAsync("Scoring", dataset.Submissions.Count, tick =>
        {
            foreach (var submission in dataset.Submissions)
            {
                var byReviewer = affinity.Score(submission.Title, submission.Abstract, aggregation, topN);
                scores.AddRange(reviewers.Select(r => new AffinityScore(submission.Id, r, byReviewer.GetValueOrDefault(r))));
                tick();
            }
        });

        AffinityScoreWriter.WriteFile(outPath, scores);
        await output.WriteLineAsync($"Wrote {scores.Count:N0} scores ({dataset.Submissions.Count:N0} submissions × {reviewers.Count:N0} reviewers) to {outPath}");
        return 0;
    }
}
