using System.Globalization;
using System.Text;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Writes TREC run files: one line <c>query_id Q0 doc_id rank score run_name</c> per hit, space-separated,
/// LF line ends, ranks from 1 in the given order, scores in invariant culture and shortest round-trip form.
/// </summary>
/// <remarks>
/// trec_eval and pytrec_eval ignore the rank column and re-sort by score, so the scores should be
/// strictly decreasing in the order given; ties are broken by them, not by the rank written here.
/// </remarks>
public static class TrecRunWriter
{
    /// <summary>The run name used when none is given.</summary>
    public const string DefaultRunName = "techbridge";

    /// <summary>Appends the lines of one query.</summary>
    /// <exception cref="ArgumentException">An id or the run name is empty or contains whitespace, or a score is not finite.</exception>
    public static void WriteQuery(TextWriter writer, string queryId, IEnumerable<RankedHit> hits, string runName = DefaultRunName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(hits);
        RequireToken(queryId, nameof(queryId));
        RequireToken(runName, nameof(runName));
        var rank = 0;
        foreach (var hit in hits)
        {
            RequireToken(hit.DocumentId, nameof(hits));
            if (!double.IsFinite(hit.Score))
            {
                throw new ArgumentException($"The score of '{hit.DocumentId}' for query '{queryId}' is not finite.", nameof(hits));
            }

            rank++;
            writer.Write(queryId);
            writer.Write(" Q0 ");
            writer.Write(hit.DocumentId);
            writer.Write(' ');
            writer.Write(rank.ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(hit.Score.ToString("R", CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(runName);
            writer.Write('\n');
        }
    }

    /// <summary>Writes a whole run, query by query in the dictionary's order.</summary>
    public static void Write(TextWriter writer, IReadOnlyDictionary<string, IReadOnlyList<RankedHit>> run, string runName = DefaultRunName)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var (queryId, hits) in run)
        {
            WriteQuery(writer, queryId, hits, runName);
        }
    }

    /// <summary>Writes a whole run to <paramref name="path"/> (UTF-8 without BOM), replacing the file.</summary>
    public static void WriteFile(string path, IReadOnlyDictionary<string, IReadOnlyList<RankedHit>> run, string runName = DefaultRunName)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, run, runName);
    }

    private static void RequireToken(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameterName);
        if (value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{value}' contains whitespace, which the TREC run format cannot hold.", parameterName);
        }
    }
}
