using System.Globalization;
using System.Text;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Reads the CSV <see cref="AffinityScoreWriter"/> writes (<c>submission_id,reviewer_id,score</c>; the header row is
/// optional), or pairs without a score (<c>submission_id,reviewer_id</c>, as conflict lists are). Quoted fields follow
/// RFC 4180; a malformed row is refused with its line number.
/// </summary>
public static class AffinityScoreReader
{
    public static List<AffinityScore> ReadScores(string path) =>
        [.. Rows(path, 3, "submission_id,reviewer_id,score").Select(r => new AffinityScore(r.Fields[0], r.Fields[1], Score(r)))];

    public static List<(string SubmissionId, string ReviewerId)> ReadPairs(string path) =>
        [.. Rows(path, 2, "submission_id,reviewer_id").Select(r => (r.Fields[0], r.Fields[1]))];

    private static double Score((int Line, string[] Fields) row) =>
        double.TryParse(row.Fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score)
            ? score
            : throw new DatasetFormatException($"line {row.Line}: the score '{row.Fields[2]}' is not a number.");

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, int columns, string layout)
    {
        if (!File.Exists(path))
        {
            throw new DatasetFormatException($"{path} does not exist.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var line = 0;
        while (ReadRecord(reader, ref line) is { } fields)
        {
            if (fields is [""])
            {
                continue;
            }

            if (fields.Length != columns)
            {
                throw new DatasetFormatException($"{Path.GetFileName(path)} line {line}: expected {columns} columns ({layout}), found {fields.Length}.");
            }

            if (line == 1 && fields[0].Trim() == "submission_id")
            {
                continue;
            }

            if (fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new DatasetFormatException($"{Path.GetFileName(path)} line {line}: the submission and reviewer ids must not be empty.");
            }

            yield return (line, fields);
        }
    }

    /// <summary>One record (which may span lines inside quotes), or null at the end; <paramref name="line"/> is its first line.</summary>
    private static string[]? ReadRecord(StreamReader reader, ref int line)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        line++;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new DatasetFormatException($"line {line}: a quoted field is not closed.");
                }

                break;
            }

            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append((char)c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                break;
            }
            else if (c != '\r')
            {
                field.Append((char)c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
