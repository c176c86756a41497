using TechBridge.Matching.Dense;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// Dense retrieval settings (<c>TechBridge:Matching:Embeddings</c>). When enabled, every partner document is also embedded
/// by an OpenAI-compatible service and searches fuse BM25F with vector similarity; whenever the service fails, search is
/// BM25F alone, as without embeddings.
/// </summary>
public sealed class EmbeddingSettings
{
    public bool Enabled { get; set; }

    /// <summary>The service root, e.g. <c>https://api.openai.com</c> or <c>http://127.0.0.1:8080</c> (requests go to <c>/v1/embeddings</c>).</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Asks models that can shorten their vectors for this length (and checks every answer has it); null = the model's own.</summary>
    public int? Dimensions { get; set; }

    /// <summary>Texts per request when embedding documents.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Per request when embedding documents.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per request when embedding a search query (a user is waiting; BM25F answers alone after it).</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After a failed query embedding, searches skip the service for this long (BM25F alone) instead of waiting on it again.</summary>
    public TimeSpan PauseAfterFailure { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Vector candidates with a lower cosine similarity are dropped. Null keeps every candidate more similar than
    /// <see cref="LeastSimilarity"/> (a cosine of zero or less is never evidence); what counts as related depends on the model.
    /// </summary>
    public float? MinSimilarity { get; set; }

    /// <summary>The floor used when <see cref="MinSimilarity"/> is not set: just above zero.</summary>
    public const float LeastSimilarity = 1e-6f;

    /// <summary>The client options for embedding documents; throws <see cref="ArgumentException"/> when a setting is missing or out of range.</summary>
    public EmbeddingOptions ForDocuments() => Build(Timeout, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500));

    /// <summary>The client options for embedding queries: a short timeout and a short retry.</summary>
    public EmbeddingOptions ForQueries() => Build(QueryTimeout, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(200));

    /// <summary>Which vectors a saved vector file holds: the model and the requested length.</summary>
    public string Fingerprint => $"{Model}|{Dimensions?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "native"}";

    private EmbeddingOptions Build(TimeSpan timeout, TimeSpan maxRetryDelay, TimeSpan defaultRetryDelay)
    {
        if (string.IsNullOrWhiteSpace(Endpoint) || !Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint))
        {
            throw new ArgumentException($"{MatchingOptions.Section}:Embeddings:Endpoint must be an absolute http(s) URL, not '{Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException($"{MatchingOptions.Section}:Embeddings:Model is required.");
        }

        var options = new EmbeddingOptions(endpoint, Model.Trim(), string.IsNullOrWhiteSpace(ApiKey) ? null : ApiKey, BatchSize)
        {
            Timeout = timeout,
            MaxRetryDelay = maxRetryDelay,
            DefaultRetryDelay = defaultRetryDelay,
            Dimensions = Dimensions,
        };
        options.Validate();
        return options;
    }
}
