using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TechBridge.Matching.Tests.Dense;

/// <summary>A canned answer the fake serves to the next valid request instead of embeddings.</summary>
internal sealed record ScriptedReply(int Status, string Body, string? RetryAfter = null, TimeSpan Delay = default);

/// <summary>What the fake saw: the request line, the Authorization header, how many inputs, and its answer.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, int InputCount, int Status);

/// <summary>
/// A local OpenAI-compatible embedding server over real HTTP on 127.0.0.1 (random free port). It checks the
/// method, the path <c>/v1/embeddings</c>, the bearer key, the content type and the JSON body (model name,
/// non-empty <c>input</c> of strings) and answers OpenAI-style errors otherwise. Embeddings are deterministic
/// hashed bags of words (<see cref="Dims"/> dimensions, L2-normalised) after a small synonym vocabulary, so
/// "cobot" and "collaborative robot" land in the same dimension and texts sharing concepts have higher cosine.
/// Items are returned in reverse order (with their <c>index</c>) so clients must order by index.
/// </summary>
internal sealed class FakeEmbeddingServer : IAsyncDisposable
{
    public const int Dims = 64;
    public const string Model = "fake-embed-1";

    private static readonly Dictionary<string, string> Phrases = new(StringComparer.Ordinal)
    {
        ["collaborative robot"] = "cobot",
        ["collaborative robots"] = "cobot",
        ["secondary battery"] = "battery",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["cobots"] = "cobot",
        ["batteries"] = "battery",
        ["배터리"] = "battery",
        ["이차전지"] = "battery",
        ["협동로봇"] = "cobot",
    };

    private readonly HttpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ScriptedReply> script = new();
    private readonly Task loop;

    private FakeEmbeddingServer(HttpListener listener, Uri baseUrl, string? apiKey)
    {
        this.listener = listener;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>The key every request must carry as <c>Bearer</c>; null accepts requests without one.</summary>
    public string? ApiKey { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static FakeEmbeddingServer Start(string? apiKey = "test-key")
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeEmbeddingServer(listener, new Uri($"http://127.0.0.1:{port}"), apiKey);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    /// <summary>A loopback URL where nothing listens (connections are refused).</summary>
    public static Uri UnusedLoopbackUrl() => new($"http://127.0.0.1:{FreeLoopbackPort()}");

    /// <summary>Serves <paramref name="reply"/> to the next valid request (replies are used in order).</summary>
    public void Enqueue(ScriptedReply reply) => script.Enqueue(reply);

    /// <summary>The embedding the fake returns for <paramref name="text"/>.</summary>
    public static float[] Embed(string text)
    {
        var vector = new float[Dims];
        foreach (var concept in Concepts(text))
        {
            vector[Bucket(concept)] += 1f;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm == 0f)
        {
            vector[0] = 1f;
            return vector;
        }

        for (var i = 0; i < Dims; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }

    /// <summary>Lower-cased letter/digit tokens with the phrase and synonym vocabulary applied.</summary>
    public static List<string> Concepts(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToLowerInvariant() + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        var concepts = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && Phrases.TryGetValue(tokens[i] + " " + tokens[i + 1], out var phrase))
            {
                concepts.Add(phrase);
                i++;
            }
            else
            {
                concepts.Add(Synonyms.GetValueOrDefault(tokens[i], tokens[i]));
            }
        }

        return concepts;
    }

    public static int Bucket(string concept)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(concept))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % Dims);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
        }

        stopping.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var authorization = request.Headers["Authorization"];
        var path = request.Url?.AbsolutePath ?? string.Empty;
        int status;
        string body;
        string? retryAfter = null;
        var inputs = new List<string>();
        try
        {
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(stopping.Token);
            (status, body) = Validate(request.HttpMethod, path, authorization, request.ContentType, text, inputs);
            if (status == 200 && script.TryDequeue(out var reply))
            {
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, stopping.Token);
                }

                (status, body, retryAfter) = (reply.Status, reply.Body, reply.RetryAfter);
            }
            else if (status == 200)
            {
                body = EmbeddingsBody(inputs);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or InvalidOperationException)
        {
            (status, body) = (500, Error("server error: " + ex.Message, "server_error"));
        }

        Requests.Enqueue(new RecordedRequest(request.HttpMethod, path, authorization, inputs.Count, status));
        try
        {
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = "application/json";
            if (retryAfter is not null)
            {
                response.Headers["Retry-After"] = retryAfter;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, stopping.Token);
            response.Close();
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away (e.g. it timed out) or the server is stopping.
        }
    }

    private (int Status, string Body) Validate(string method, string path, string? authorization, string? contentType, string text, List<string> inputs)
    {
        if (path != "/v1/embeddings")
        {
            return (404, Error($"Unknown request URL: {method} {path}.", "invalid_request_error"));
        }

        if (method != "POST")
        {
            return (405, Error($"Method {method} not allowed.", "invalid_request_error"));
        }

        if (ApiKey is not null && authorization != "Bearer " + ApiKey)
        {
            return (401, Error("Incorrect API key provided.", "invalid_request_error"));
        }

        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (415, Error("Content-Type must be application/json.", "invalid_request_error"));
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String)
            {
                return (400, Error("'model' is required.", "invalid_request_error"));
            }

            if (model.GetString() != Model)
            {
                return (404, Error($"The model `{model.GetString()}` does not exist.", "invalid_request_error"));
            }

            if (!root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Array || input.GetArrayLength() == 0)
            {
                return (400, Error("'input' must be a non-empty array of strings.", "invalid_request_error"));
            }

            foreach (var item in input.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || item.GetString()!.Length == 0)
                {
                    return (400, Error("'input' items must be non-empty strings.", "invalid_request_error"));
                }

                inputs.Add(item.GetString()!);
            }
        }
        catch (JsonException ex)
        {
            return (400, Error("We could not parse the JSON body of your request: " + ex.Message, "invalid_request_error"));
        }

        return (200, string.Empty);
    }

    private static string EmbeddingsBody(List<string> inputs)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            for (var i = inputs.Count - 1; i >= 0; i--)
            {
                writer.WriteStartObject();
                writer.WriteString("object", "embedding");
                writer.WriteNumber("index", i);
                writer.WriteStartArray("embedding");
                foreach (var value in Embed(inputs[i]))
                {
                    writer.WriteNumberValue(value);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("model", Model);
            writer.WriteStartObject("usage");
            writer.WriteNumber("prompt_tokens", inputs.Sum(t => Concepts(t).Count));
            writer.WriteNumber("total_tokens", inputs.Sum(t => Concepts(t).Count));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>An OpenAI-style error body.</summary>
    public static string Error(string message, string type) =>
        JsonSerializer.Serialize(new { error = new { message, type, param = (string?)null, code = (string?)null } });
}
