using System.Diagnostics;
using TechBridge.Matching.Index;

namespace TechBridge.Cli.Search;

/// <summary><c>techbridge index --input docs.jsonl --out dir</c>: builds an index and saves its snapshot.</summary>
internal static class IndexCommand
{
    public const string SnapshotName = "index.tbx";

    public static async Task<int> RunAsync(CliOptions options, TextWriter output)
    {
        var input = options.Required("input");
        var outDirectory = options.Required("out");
        var analyzer = EngineFactory.Analyzer(options);
        var index = new MatchIndex(EngineFactory.Schema, analyzer);
        var started = Stopwatch.GetTimestamp();
        var documents = JsonlDocuments.Read(input).ToList();
        await Progress.RunAsync("Indexing", documents.Count, tick => index.AddRange(documents.Select(d =>
        {
            tick();
            return d;
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        SnapshotFile.Save(index, Path.Combine(outDirectory, SnapshotName));
        await output.WriteLineAsync(FormattableString.Invariant(
            $"Indexed {index.Count:N0} documents in {elapsed.TotalSeconds:0.0} s ({index.Count / Math.Max(elapsed.TotalSeconds, 1e-9):N0} docs/s) → {Path.Combine(outDirectory, SnapshotName)}"));
        return 0;
    }

    public static MatchIndex Load(CliOptions options, string directory)
    {
        var index = new MatchIndex(EngineFactory.Schema, EngineFactory.Analyzer(options));
        var path = Path.Combine(directory, SnapshotName);
        return SnapshotFile.TryLoad(index, path, out var reason)
            ? index
            : throw new CliUsageException($"cannot use the index at '{path}': {reason}. Build it with 'techbridge index --input … --out {directory}'.");
    }
}
