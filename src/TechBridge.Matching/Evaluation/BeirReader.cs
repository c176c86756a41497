using System.Text.Json;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Reads the BEIR layout: <c>corpus.jsonl</c> (<c>_id</c>, <c>title</c>, <c>text</c>), <c>queries.jsonl</c>
/// (<c>_id</c>, <c>text</c>) and <c>qrels/&lt;split&gt;.tsv</c> (<c>query-id corpus-id score</c>).
/// </summary>
/// <remarks>
/// JSON Lines files are streamed line by line (UTF-8, optional BOM, LF or CRLF, blank lines skipped);
/// unknown properties such as <c>metadata</c> are ignored. <c>_id</c> may be a JSON string or number; a
/// missing or null <c>title</c>/<c>text</c> reads as "". Every problem is a <see cref="DatasetFormatException"/>
/// naming the file, the 1-based line and what was expected.
/// </remarks>
public static class BeirReader
{
    /// <summary>The corpus file name inside a BEIR directory.</summary>
    public const string CorpusFileName = "corpus.jsonl";

    /// <summary>The queries file name inside a BEIR directory.</summary>
    public const string QueriesFileName = "queries.jsonl";

    /// <summary>The folder of the qrels files (<c>&lt;split&gt;.tsv</c>) inside a BEIR directory.</summary>
    public const string QrelsDirectoryName = "qrels";

    /// <summary>A description of the expected layout, used in error messages.</summary>
    public const string Layout = "expected the BEIR layout: corpus.jsonl, queries.jsonl and qrels/<split>.tsv";

    private const string ExpectedDocument = "expected a JSON object with a string '_id'";
    private const string ExpectedQuery = "expected a JSON object with a string '_id' and a string 'text'";

    /// <summary>Reads a whole BEIR data set into memory: corpus, queries and the qrels of <paramref name="split"/>.</summary>
    /// <param name="directory">The data set directory.</param>
    /// <param name="split">The qrels split, e.g. <c>test</c>, <c>dev</c> or <c>train</c>.</param>
    /// <exception cref="DatasetFormatException">A file is missing or malformed.</exception>
    public static BeirDataset Read(string directory, string split = "test")
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(split);
        if (!Directory.Exists(directory))
        {
            throw new DatasetFormatException(directory, null, $"directory not found; {Layout}");
        }

        var qrels = ReadQrels(QrelsPath(directory, split));
        var queries = ReadQueries(Path.Combine(directory, QueriesFileName));
        var corpus = ReadCorpus(Path.Combine(directory, CorpusFileName)).ToList();
        return new BeirDataset(corpus, queries, qrels, split);
    }

    /// <summary>The path of <c>qrels/&lt;split&gt;.tsv</c> in <paramref name="directory"/>.</summary>
    public static string QrelsPath(string directory, string split) =>
        Path.Combine(directory, QrelsDirectoryName, split + ".tsv");

    /// <summary>
    /// Streams <c>corpus.jsonl</c> lazily, one document per non-blank line, without reading the file at once.
    /// A missing file throws here; a malformed line throws when the enumeration reaches it.
    /// </summary>
    /// <exception cref="DatasetFormatException">The file is missing or a line is malformed.</exception>
    public static IEnumerable<BeirDocument> ReadCorpus(string path)
    {
        RequireFile(path);
        return ReadCorpusLines(path);
    }

    /// <summary>Reads all queries of <c>queries.jsonl</c> in file order.</summary>
    /// <exception cref="DatasetFormatException">The file is missing or a line is malformed.</exception>
    public static IReadOnlyList<BeirQuery> ReadQueries(string path)
    {
        RequireFile(path);
        var queries = new List<BeirQuery>();
        foreach (var line in JsonLinesFile.ReadLines(path))
        {
            queries.Add(JsonValues.ParseLine(path, line, ParseQuery, ExpectedQuery));
        }

        return queries;
    }

    /// <summary>Reads a qrels file (<c>query-id corpus-id score</c>); see <see cref="QrelsTsv"/> for the accepted variants.</summary>
    /// <exception cref="DatasetFormatException">The file is missing or a line is malformed.</exception>
    public static Qrels ReadQrels(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, null, $"file not found{AvailableSplits(path)}; {Layout}");
        }

        return QrelsTsv.Read(path);
    }

    private static IEnumerable<BeirDocument> ReadCorpusLines(string path)
    {
        foreach (var line in JsonLinesFile.ReadLines(path))
        {
            yield return JsonValues.ParseLine(path, line, ParseDocument, ExpectedDocument);
        }
    }

    private static BeirDocument ParseDocument(ReadOnlySpan<byte> json)
    {
        var (id, title, text) = ParseRecord(json, ExpectedDocument);
        return new BeirDocument(id, title ?? "", text ?? "");
    }

    private static BeirQuery ParseQuery(ReadOnlySpan<byte> json)
    {
        var (id, _, text) = ParseRecord(json, ExpectedQuery);
        return new BeirQuery(id, text ?? "");
    }

    /// <summary>Corpus and query lines share a shape: <c>_id</c> (required), <c>title</c> and <c>text</c> (optional), anything else ignored.</summary>
    private static (string Id, string? Title, string? Text) ParseRecord(ReadOnlySpan<byte> json, string expected)
    {
        var reader = new Utf8JsonReader(json, JsonValues.Options);
        JsonValues.ReadStartObject(ref reader, expected);
        string? id = null, title = null, text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("_id"u8))
            {
                reader.Read();
                id = JsonValues.ReadId(ref reader, "expected '_id' to be a string or a number");
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                title = JsonValues.ReadOptionalText(ref reader, "expected 'title' to be a string or null");
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = JsonValues.ReadOptionalText(ref reader, "expected 'text' to be a string or null");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        JsonValues.ReadEnd(ref reader);
        return id is null ? throw new JsonShapeException(expected, 0) : (id, title, text);
    }

    private static void RequireFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, null, $"file not found; {Layout}");
        }
    }

    private static string AvailableSplits(string qrelsPath)
    {
        var folder = Path.GetDirectoryName(qrelsPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return "";
        }

        var splits = Directory.EnumerateFiles(folder, "*.tsv")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList();
        return splits.Count == 0 ? "" : $" (available splits: {string.Join(", ", splits)})";
    }
}
