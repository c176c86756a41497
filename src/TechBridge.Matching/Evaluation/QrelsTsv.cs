using System.Globalization;
using System.Text;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Parses a qrels file. The BEIR form is tab-separated <c>query-id corpus-id score</c> with a header line;
/// also accepted: no header, whitespace instead of tabs, and the four-column TREC form
/// <c>query-id iteration corpus-id score</c>. Scores are integers (<c>2</c> or <c>2.0</c>).
/// </summary>
internal static class QrelsTsv
{
    private const string Expected = "expected 'query-id<TAB>corpus-id<TAB>score' with an integer score";

    public static Qrels Read(string path)
    {
        var qrels = new Qrels();
        using var reader = new StreamReader(JsonLinesFile.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long lineNumber = 0;
        var sawContent = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var isFirst = !sawContent;
            sawContent = true;
            var fields = Split(line);
            if (fields.Length is not (3 or 4))
            {
                if (isFirst && !LooksNumeric(fields[^1]))
                {
                    continue;
                }

                throw new DatasetFormatException(path, lineNumber, $"{Expected}, found {fields.Length} column(s)");
            }

            var queryId = fields[0];
            var documentId = fields.Length == 4 ? fields[2] : fields[1];
            var scoreText = fields[^1];
            if (!TryParseGrade(scoreText, out var grade))
            {
                if (isFirst)
                {
                    continue; // the header line, e.g. "query-id corpus-id score"
                }

                throw new DatasetFormatException(path, lineNumber, $"{Expected}, found score '{scoreText}'");
            }

            if (queryId.Length == 0 || documentId.Length == 0)
            {
                throw new DatasetFormatException(path, lineNumber, $"{Expected}, found an empty id");
            }

            qrels.Set(queryId, documentId, grade);
        }

        return qrels;
    }

    private static string[] Split(string line)
    {
        var fields = line.Split('\t', StringSplitOptions.TrimEntries);
        return fields.Length > 1 ? fields : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool LooksNumeric(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool TryParseGrade(string text, out int grade)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out grade))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            grade = (int)value;
            return true;
        }

        return false;
    }
}
