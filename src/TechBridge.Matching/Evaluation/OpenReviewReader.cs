using System.Text.Json;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Reads the openreview-expertise layout: <c>archives/&lt;reviewer&gt;.jsonl</c> (one publication per line,
/// <c>{"id": …, "content": {"title": …, "abstract": …}}</c>) and <c>submissions.json</c> (an object keyed by
/// submission id, or a list of objects with <c>id</c>, each with <c>content.title</c> and <c>content.abstract</c>).
/// </summary>
/// <remarks>
/// Content values may be plain strings or wrapped as <c>{"value": "…"}</c> (OpenReview API v2), missing or
/// null (read as ""). Unknown properties are ignored. Files may start with a UTF-8 BOM and use LF or CRLF;
/// blank lines in archives are skipped. Every problem is a <see cref="DatasetFormatException"/> naming the
/// file, the 1-based line and what was expected.
/// </remarks>
public static class OpenReviewReader
{
    /// <summary>The folder of reviewer archives inside an openreview-expertise directory.</summary>
    public const string ArchivesDirectoryName = "archives";

    /// <summary>The submissions file name inside an openreview-expertise directory.</summary>
    public const string SubmissionsFileName = "submissions.json";

    /// <summary>A description of the expected layout, used in error messages.</summary>
    public const string Layout = "expected the openreview-expertise layout: archives/<reviewer>.jsonl and submissions.json";

    private const string ExpectedPaper = "expected a JSON object with 'id' and 'content'";
    private const string ExpectedSubmissions = "expected an object keyed by submission id or a list of submissions";
    private const string ExpectedListedSubmission = "expected a submission object with a string 'id' and 'content'";
    private const string ExpectedKeyedSubmission = "expected a submission object with 'content'";

    /// <summary>Reads the archives and the submissions of an openreview-expertise directory.</summary>
    /// <exception cref="DatasetFormatException">A file or folder is missing or malformed.</exception>
    public static OpenReviewDataset Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DatasetFormatException(directory, null, $"directory not found; {Layout}");
        }

        var archives = ReadArchives(Path.Combine(directory, ArchivesDirectoryName));
        var submissions = ReadSubmissions(Path.Combine(directory, SubmissionsFileName));
        return new OpenReviewDataset(archives, submissions);
    }

    /// <summary>Reads every <c>*.jsonl</c> file of <paramref name="archivesDirectory"/>, ordered by reviewer id.</summary>
    /// <exception cref="DatasetFormatException">The folder is missing or empty, or a file is malformed.</exception>
    public static IReadOnlyList<ReviewerArchive> ReadArchives(string archivesDirectory)
    {
        ArgumentNullException.ThrowIfNull(archivesDirectory);
        if (!Directory.Exists(archivesDirectory))
        {
            throw new DatasetFormatException(archivesDirectory, null, $"directory not found; {Layout}");
        }

        var files = Directory.EnumerateFiles(archivesDirectory, "*.jsonl")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new DatasetFormatException(archivesDirectory, null, $"no <reviewer>.jsonl files; {Layout}");
        }

        return files.Select(ReadArchive).ToList();
    }

    /// <summary>Reads one archive; the reviewer id is the file name without its extension.</summary>
    /// <exception cref="DatasetFormatException">The file is missing or a line is malformed.</exception>
    public static ReviewerArchive ReadArchive(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, null, $"file not found; {Layout}");
        }

        var reviewerId = Path.GetFileNameWithoutExtension(path);
        var papers = new List<Paper>();
        foreach (var line in JsonLinesFile.ReadLines(path))
        {
            var note = JsonValues.ParseLine(path, line, ParsePaper, ExpectedPaper);
            papers.Add(new Paper(note.Id ?? $"{reviewerId}:{line.Number}", note.Title ?? "", note.Abstract ?? ""));
        }

        return new ReviewerArchive(reviewerId, papers);
    }

    /// <summary>Reads <c>submissions.json</c> in either shape, in file order.</summary>
    /// <exception cref="DatasetFormatException">The file is missing or malformed.</exception>
    public static IReadOnlyList<Submission> ReadSubmissions(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, null, $"file not found; {Layout}");
        }

        ReadOnlySpan<byte> json = File.ReadAllBytes(path);
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        try
        {
            return ParseSubmissions(json);
        }
        catch (JsonShapeException ex)
        {
            throw new DatasetFormatException(path, JsonValues.LineAt(json, ex.ByteOffset), ex.Message, ex);
        }
        catch (JsonException ex)
        {
            throw new DatasetFormatException(path, ex.LineNumber + 1, $"{ExpectedSubmissions} (invalid JSON: {JsonValues.Describe(ex)})", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new DatasetFormatException(path, null, $"{ExpectedSubmissions} ({ex.Message})", ex);
        }
    }

    private static NoteFields ParsePaper(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, JsonValues.Options);
        JsonValues.ReadStartObject(ref reader, ExpectedPaper);
        var note = OpenReviewNote.Read(ref reader);
        JsonValues.ReadEnd(ref reader);
        return note;
    }

    private static List<Submission> ParseSubmissions(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, JsonValues.Options);
        if (!reader.Read())
        {
            throw new JsonShapeException($"{ExpectedSubmissions}, found an empty file", 0);
        }

        var submissions = new List<Submission>();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var id = JsonValues.ReadString(ref reader);
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new JsonShapeException($"{ExpectedKeyedSubmission} for '{id}'", reader.TokenStartIndex);
                }

                var note = OpenReviewNote.Read(ref reader);
                submissions.Add(new Submission(id, note.Title ?? "", note.Abstract ?? ""));
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new JsonShapeException(ExpectedListedSubmission, start);
                }

                var note = OpenReviewNote.Read(ref reader);
                if (note.Id is null)
                {
                    throw new JsonShapeException(ExpectedListedSubmission, start);
                }

                submissions.Add(new Submission(note.Id, note.Title ?? "", note.Abstract ?? ""));
            }
        }
        else
        {
            throw new JsonShapeException(ExpectedSubmissions, reader.TokenStartIndex);
        }

        JsonValues.ReadEnd(ref reader);
        return submissions;
    }
}
