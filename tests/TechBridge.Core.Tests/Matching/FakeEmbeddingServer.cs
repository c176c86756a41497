using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TechBridge.Core.Tests.Matching;

/// <summary>
/// A local OpenAI-compatible embedding service on 127.0.0.1 (a free port): <c>POST /v1/embeddings</c> with
/// <c>{"model":…,"input":[…]}</c> answers <c>{"data":[{"index":i,"embedding":[…]}]}</c>. Vectors are deterministic:
/// the words of <see cref="Concepts"/> (different words for one meaning, such as "ornithopter" and "entomopter") weigh
/// 10 in that concept's own dimension; every other word adds 1 to a hashed dimension after them. So two texts that
/// share no word but name the same concept are close, which only dense retrieval can see. <see cref="Failing"/> makes
/// every request answer HTTP 500.
/// </summary>
public sealed class FakeEmbeddingServer : IAsyncDisposable
{
    public const int Dims = 48;
    public const string Model = "fake-embed-ko-en";
    public const string ApiKey = "test-embedding-key";

    /// <summary>Words that mean the same thing, one concept (and one dimension) per line.</summary>
    private static readonly string[][] Concepts =
    [
        ["ornithopter", "entomopter", "날갯짓비행체"],
        ["biochar", "hydrochar", "바이오숯"],
    ];

    private readonly HttpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int requests;
    private int inputs;

    private FakeEmbeddingServer(HttpListener listener, Uri baseUrl)
    {
        this.listener = listener;
        BaseUrl = baseUrl;
        loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>While true, every request is answered with HTTP 500 and an OpenAI-style error body.</summary>
    public bool Failing { get; set; }

    /// <summary>Requests answered so far (failed ones included).</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Texts embedded so far (successful requests only).</summary>
    public int Inputs => Volatile.Read(ref inputs);

    public static FakeEmbeddingServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeEmbeddingServer(listener, new Uri($"http://127.0.0.1:{port}"));
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The embedding this server returns for <paramref name="text"/> (not normalised; clients normalise).</summary>
    public static float[] Embed(string text)
    {
        var vector = new float[Dims];
        foreach (var word in Words(text))
        {
            var concept = Array.FindIndex(Concepts, c => c.Contains(word, StringComparer.Ordinal));
            if (concept >= 0)
            {
                vector[concept] += 10f;
            }
            else
            {
                vector[Concepts.Length + (int)(Fnv1a(word) % (uint)(Dims - Concepts.Length))] += 1f;
            }
        }

        if (vector.All(v => v == 0f))
        {
            vector[Dims - 1] = 1f;
        }

        return vector;
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
            // Stopped.
        }

        stopping.Dispose();
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant() + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(word))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
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

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var (status, body) = await HandleAsync(context.Request);
        Interlocked.Increment(ref requests);
        try
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, stopping.Token);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away or the server is stopping.
        }
    }

    private async Task<(int Status, string Body)> HandleAsync(HttpListenerRequest request)
    {
        if (request.HttpMethod != "POST" || request.Url?.AbsolutePath != "/v1/embeddings")
        {
            return (404, Error("Unknown request URL.", "invalid_request_error"));
        }

        if (request.Headers["Authorization"] != "Bearer " + ApiKey)
        {
            return (401, Error("Incorrect API key provided.", "invalid_request_error"));
        }

        if (Failing)
        {
            return (500, Error("The server had an error while processing your request.", "server_error"));
        }

        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        using var document = JsonDocument.Parse(await reader.ReadToEndAsync());
        if (document.RootElement.GetProperty("model").GetString() != Model)
        {
            return (404, Error("The model does not exist.", "invalid_request_error"));
        }

        var texts = document.RootElement.GetProperty("input").EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToList();
        Interlocked.Add(ref inputs, texts.Count);
        var data = texts.Select((text, index) => new { @object = "embedding", index, embedding = Embed(text) });
        return (200, JsonSerializer.Serialize(new { @object = "list", data, model = Model }));
    }

    private static string Error(string message, string type) => JsonSerializer.Serialize(new { error = new { message, type } });
}
