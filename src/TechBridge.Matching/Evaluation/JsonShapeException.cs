namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Valid JSON of the wrong shape, found at a byte offset of the parsed text. Internal: the readers turn it
/// into a <see cref="DatasetFormatException"/> with the file and line.
/// </summary>
internal sealed class JsonShapeException : Exception
{
    public JsonShapeException()
    {
    }

    public JsonShapeException(string message)
        : base(message)
    {
    }

    public JsonShapeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JsonShapeException(string message, long byteOffset)
        : base(message)
    {
        ByteOffset = byteOffset;
    }

    /// <summary>Where in the parsed UTF-8 text the offending token starts.</summary>
    public long ByteOffset { get; }
}
