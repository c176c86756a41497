namespace TechBridge.Matching.Evaluation;

/// <summary>
/// A data set file is missing or malformed. The message names the file, the 1-based line (when the problem
/// is on a line) and what was expected, e.g. <c>corpus.jsonl line 17: expected a JSON object with a string '_id'</c>.
/// </summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public DatasetFormatException()
        : base("The data set is missing or malformed.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    public DatasetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    public DatasetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about <paramref name="filePath"/>, optionally at a 1-based line.</summary>
    /// <param name="filePath">The file (or directory) at fault.</param>
    /// <param name="lineNumber">The 1-based line, or null when the problem is not on one line (e.g. a missing file).</param>
    /// <param name="problem">What was expected / what went wrong.</param>
    /// <param name="innerException">The underlying parser exception, if any.</param>
    public DatasetFormatException(string filePath, long? lineNumber, string problem, Exception? innerException = null)
        : base(Format(filePath, lineNumber, problem), innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file (or directory) at fault; null when constructed from a bare message.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line number, or null when the problem is not tied to a line.</summary>
    public long? LineNumber { get; }

    /// <summary>What was expected / what went wrong, without the file and line prefix.</summary>
    public string? Problem { get; }

    private static string Format(string filePath, long? lineNumber, string problem) =>
        lineNumber is { } line ? $"{filePath} line {line}: {problem}" : $"{filePath}: {problem}";
}
