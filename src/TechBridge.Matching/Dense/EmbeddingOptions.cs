namespace TechBridge.Matching.Dense;

/// <summary>
/// Where and how to call an OpenAI-compatible embedding service. <paramref name="BaseUrl"/> is the server root
/// (requests go to <c>{BaseUrl}/v1/embeddings</c>; a base URL that already ends in <c>/v1</c> is accepted too).
/// </summary>
/// <param name="BaseUrl">The service root, e.g. <c>http://127.0.0.1:8080</c>.</param>
/// <param name="Model">The model name sent with every request.</param>
/// <param name="ApiKey">Sent as <c>Authorization: Bearer …</c> when set.</param>
/// <param name="BatchSize">At most this many texts per request.</param>
public sealed record EmbeddingOptions(Uri BaseUrl, string Model, string? ApiKey = null, int BatchSize = 64)
{
    /// <summary>Per request (each batch and each retry has its own).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait before the one retry after a 429 or 5xx, whatever <c>Retry-After</c> asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before the retry when the service sent no usable <c>Retry-After</c>.</summary>
    public TimeSpan DefaultRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The vector length expected; when set it is also sent as <c>dimensions</c> (models that can shorten
    /// their vectors honour it) and every answer must match it.
    /// </summary>
    public int? Dimensions { get; init; }

    /// <summary>The full address of the embeddings endpoint.</summary>
    public Uri EndpointUrl
    {
        get
        {
            var root = BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
            return new Uri(root.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? root + "/embeddings" : root + "/v1/embeddings");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(BaseUrl);
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The embedding base URL must be an absolute http(s) URL.", nameof(BaseUrl));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(Model);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultRetryDelay, TimeSpan.Zero);
        if (Dimensions is { } dims)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(dims, 1);
        }
    }
}
