using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TechBridge.Bench.Booking;

/// <summary>
/// Concurrent HTTP clients booking random slots for a fixed time. Most requests book a random free 1–3 h slot on a random
/// item within the next 30 days; 10% ask again for a slot that overlaps one booked a moment ago (a certain 409); 5% go to
/// 4 "hot" items in the next 12 hours, where clients race each other for the same hours (409s decided by the database).
/// </summary>
public sealed class BookingLoad(HttpClient client, IReadOnlyList<Guid> items, DateTimeOffset firstHour)
{
    public const double RepeatShare = 0.10;
    public const double HotShare = 0.05;
    private const int HotItems = 4;
    private const int HotHours = 12;
    private const int WindowHours = 30 * 24;
    private readonly ConcurrentQueue<(Guid Item, DateTimeOffset Start)> recent = new();

    public sealed record Result(int Created, int Conflicts, int Errors, TimeSpan Elapsed, Latencies All, Latencies Created201, IReadOnlyList<string> ErrorSamples)
    {
        public double CreatedPerSecond => Created / Elapsed.TotalSeconds;

        public double RequestsPerSecond => (Created + Conflicts + Errors) / Elapsed.TotalSeconds;
    }

    public async Task<Result> RunAsync(int clients, TimeSpan duration, int seed)
    {
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(i => Task.Run(() => WorkerAsync(new Random(seed + i), stop, duration))).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = stop.Elapsed;
        return new Result(
            results.Sum(r => r.Created), results.Sum(r => r.Conflicts), results.Sum(r => r.Errors), elapsed,
            new Latencies(results.SelectMany(r => r.All)), new Latencies(results.SelectMany(r => r.Created201)),
            results.SelectMany(r => r.ErrorSamples).Take(5).ToList());
    }

    private sealed record Worker(int Created, int Conflicts, int Errors, List<double> All, List<double> Created201, List<string> ErrorSamples);

    private async Task<Worker> WorkerAsync(Random random, Stopwatch clock, TimeSpan duration)
    {
        int created = 0, conflicts = 0, errors = 0;
        var all = new List<double>(8192);
        var ok = new List<double>(8192);
        var samples = new List<string>();
        while (clock.Elapsed < duration)
        {
            var (item, start, hours) = NextSlot(random);
            var body = new { start, end = start.AddHours(hours), purpose = "booking benchmark" };
            var started = Stopwatch.GetTimestamp();
            HttpStatusCode status;
            string? error = null;
            try
            {
                using var response = await client.PostAsJsonAsync($"/api/v1/facilities/equipment/{item}/reservations", body);
                // Read the body: the clock stops when the client has the whole answer, as a real client would.
                var text = await response.Content.ReadAsStringAsync();
                status = response.StatusCode;
                if (status is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
                {
                    error = $"{(int)status}: {text[..Math.Min(text.Length, 400)]}";
                }
            }
            catch (HttpRequestException e)
            {
                status = 0;
                error = e.Message;
            }

            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            all.Add(ms);
            switch (status)
            {
                case HttpStatusCode.Created:
                    created++;
                    ok.Add(ms);
                    recent.Enqueue((item, start));
                    while (recent.Count > 1000 && recent.TryDequeue(out _))
                    {
                    }

                    break;
                case HttpStatusCode.Conflict:
                    conflicts++;
                    break;
                default:
                    errors++;
                    if (samples.Count < 3)
                    {
                        samples.Add(error!);
                    }

                    break;
            }
        }

        return new Worker(created, conflicts, errors, all, ok, samples);
    }

    private (Guid Item, DateTimeOffset Start, int Hours) NextSlot(Random random)
    {
        var hours = random.Next(1, 4);
        var draw = random.NextDouble();
        if (draw < RepeatShare && recent.TryPeek(out _))
        {
            // A slot overlapping one booked a moment ago: same item, start moved by less than the booking's length.
            var sample = recent.ElementAtOrDefault(random.Next(Math.Max(1, recent.Count)));
            if (sample.Item != Guid.Empty)
            {
                return (sample.Item, sample.Start.AddMinutes(random.Next(-59, 60)), hours);
            }
        }

        if (draw < RepeatShare + HotShare)
        {
            return (items[random.Next(HotItems)], firstHour.AddHours(random.Next(HotHours)), hours);
        }

        return (items[HotItems + random.Next(items.Count - HotItems)], firstHour.AddHours(HotHours + random.Next(WindowHours)), hours);
    }

    /// <summary>GET availability for [from, from + 30 days) of random items: sequential, or from several clients at once.</summary>
    public static async Task<(Latencies Latencies, int Errors, TimeSpan Elapsed)> AvailabilityAsync(
        HttpClient client, IReadOnlyList<Guid> items, DateTimeOffset from, int clients, int requests, int seed)
    {
        var range = string.Create(CultureInfo.InvariantCulture,
            $"from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}&to={Uri.EscapeDataString(from.AddDays(30).ToString("O", CultureInfo.InvariantCulture))}");
        var left = requests;
        var errors = 0;
        var times = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(seed + c);
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var item = items[random.Next(items.Count)];
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"/api/v1/facilities/equipment/{item}/availability?{range}");
                await response.Content.ReadAsByteArrayAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        return (new Latencies(times), errors, clock.Elapsed);
    }

    public static HttpClient Client(Uri baseAddress, string token, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
