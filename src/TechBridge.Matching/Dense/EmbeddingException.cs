using System.Net;

namespace TechBridge.Matching.Dense;

/// <summary>An embedding provider failed: the service answered with an error, answered nonsense, or could not be reached.</summary>
public sealed class EmbeddingException : Exception
{
    public EmbeddingException()
    {
    }

    public EmbeddingException(string message)
        : base(message)
    {
    }

    public EmbeddingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public EmbeddingException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status the service answered with, when it answered at all.</summary>
    public HttpStatusCode? StatusCode { get; }
}
