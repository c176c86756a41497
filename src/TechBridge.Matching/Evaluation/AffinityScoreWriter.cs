using System.Globalization;
using System.Text;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Writes affinity scores as CSV: the header <c>submission_id,reviewer_id,score</c>, then one row per pair.
/// Fields holding a comma, a double quote, CR or LF are quoted with doubled inner quotes (RFC 4180); lines end
/// with LF; scores are in invariant culture and shortest round-trip form.
/// </summary>
public static class AffinityScoreWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "submission_id,reviewer_id,score";

    /// <summary>Writes the header row.</summary>
    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
    }

    /// <summary>Writes one row (for streaming many pairs after <see cref="WriteHeader"/>).</summary>
    /// <exception cref="ArgumentException">The score is not finite.</exception>
    public static void WriteRow(TextWriter writer, AffinityScore score)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(score.SubmissionId);
        ArgumentNullException.ThrowIfNull(score.ReviewerId);
        if (!double.IsFinite(score.Score))
        {
            throw new ArgumentException($"The score of ({score.SubmissionId}, {score.ReviewerId}) is not finite.", nameof(score));
        }

        WriteField(writer, score.SubmissionId);
        writer.Write(',');
        WriteField(writer, score.ReviewerId);
        writer.Write(',');
        writer.Write(score.Score.ToString("R", CultureInfo.InvariantCulture));
        writer.Write('\n');
    }

    /// <summary>Writes the header and all rows.</summary>
    public static void Write(TextWriter writer, IEnumerable<AffinityScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        WriteHeader(writer);
        foreach (var score in scores)
        {
            WriteRow(writer, score);
        }
    }

    /// <summary>Writes the header and all rows to <paramref name="path"/> (UTF-8 without BOM), replacing the file.</summary>
    public static void WriteFile(string path, IEnumerable<AffinityScore> scores)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, scores);
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
