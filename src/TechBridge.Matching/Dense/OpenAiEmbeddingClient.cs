using System.Net;
using System.Net.Http.Headers;

namespace TechBridge.Matching.Dense;

/// <summary>
/// An <see cref="IEmbeddingProvider"/> for OpenAI-compatible services (OpenAI, Azure-style proxies, vLLM, Ollama,
/// text-embeddings-inference …): <c>POST {BaseUrl}/v1/embeddings</c> in batches of
/// <see cref="EmbeddingOptions.BatchSize"/>, one retry after a 429 or 5xx (waiting as <c>Retry-After</c> asks,
/// at most <see cref="EmbeddingOptions.MaxRetryDelay"/>), and an <see cref="EmbeddingException"/> for every failure.
/// Thread-safe; the <see cref="HttpClient"/> belongs to the caller.
/// </summary>
public sealed class OpenAiEmbeddingClient : IEmbeddingProvider
{
    private const string Json = "application/json";
    private readonly HttpClient http;
    private int learnedDimensions;

    public OpenAiEmbeddingClient(HttpClient httpClient, EmbeddingOptions options)
    {
        http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        Endpoint = options.EndpointUrl;
    }

    public EmbeddingOptions Options { get; }

    /// <summary>The address every request goes to.</summary>
    public Uri Endpoint { get; }

    /// <inheritdoc />
    public int? Dimensions => Options.Dimensions ?? (Volatile.Read(ref learnedDimensions) is var d and > 0 ? d : null);

    /// <inheritdoc />
    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                throw new ArgumentException($"Text {i} is null.", nameof(texts));
            }
        }

        var result = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += Options.BatchSize)
        {
            var batch = new string[Math.Min(Options.BatchSize, texts.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = texts[start + i];
            }

            var vectors = await EmbedBatchAsync(batch, ct).ConfigureAwait(false);
            var dims = vectors[0].Length;
            var known = Interlocked.CompareExchange(ref learnedDimensions, dims, 0);
            if (known != 0 && known != dims)
            {
                throw new EmbeddingException($"Inconsistent embedding dimensions: the service returned {dims}, earlier {known}.");
            }

            Array.Copy(vectors, 0, result, start, vectors.Length);
        }

        return result;
    }

    private async Task<float[][]> EmbedBatchAsync(string[] batch, CancellationToken ct)
    {
        var body = EmbeddingWire.WriteRequest(Options.Model, batch, Options.Dimensions);
        for (var attempt = 0; ; attempt++)
        {
            var (status, retryAfter, content) = await PostAsync(body, ct).ConfigureAwait(false);
            if ((int)status is >= 200 and < 300)
            {
                return EmbeddingWire.ReadResponse(content, batch.Length, Options.Dimensions);
            }

            if (attempt == 0 && IsRetryable(status))
            {
                await Task.Delay(RetryDelay(retryAfter), ct).ConfigureAwait(false);
                continue;
            }

            var message = EmbeddingWire.ReadErrorMessage(content);
            var retried = attempt > 0 ? " (after one retry)" : string.Empty;
            throw new EmbeddingException(
                $"The embedding service at {Endpoint} answered HTTP {(int)status} ({status}){retried}" + (string.IsNullOrEmpty(message) ? "." : ": " + message),
                status);
        }
    }

    private async Task<(HttpStatusCode Status, RetryConditionHeaderValue? RetryAfter, byte[] Body)> PostAsync(byte[] body, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(Json);
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Json));
            if (!string.IsNullOrEmpty(Options.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Options.ApiKey);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return (response.StatusCode, response.Headers.RetryAfter, bytes);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new EmbeddingException($"The embedding service at {Endpoint} did not answer within {Options.Timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new EmbeddingException($"Could not reach the embedding service at {Endpoint}: {ex.Message}", ex.StatusCode, ex);
        }
    }

    private static bool IsRetryable(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter)
    {
        var delay = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => Options.DefaultRetryDelay,
        };
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Options.MaxRetryDelay ? Options.MaxRetryDelay : delay;
    }
}
