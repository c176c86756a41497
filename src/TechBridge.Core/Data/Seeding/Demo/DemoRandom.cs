namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// The single source of randomness of the demo generator, including Guids, so that one seed always yields the
/// same data. Timestamps fall in the three years before <c>now</c>, in whole seconds and UTC.
/// </summary>
internal sealed class DemoRandom
{
    private const long ThreeYearsInSeconds = 3L * 365 * 24 * 3600;

    private readonly Random random;
    private readonly long nowSeconds;

    public DemoRandom(int seed, DateTimeOffset now)
    {
        random = new Random(seed);
        nowSeconds = now.ToUnixTimeSeconds();
        Now = DateTimeOffset.FromUnixTimeSeconds(nowSeconds);
        Today = DateOnly.FromDateTime(Now.UtcDateTime);
    }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public double NextDouble() => random.NextDouble();

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var total = items.Sum(weight);
        var target = random.Next(total);
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>Up to <paramref name="count"/> distinct items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        Shuffle(copy);
        return copy.Take(count).ToList();
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A random version-4 Guid drawn from the seeded stream.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A creation time in the past three years and a later (or equal) update time, both before now.</summary>
    public (DateTimeOffset Created, DateTimeOffset Updated) Timestamps()
    {
        var created = nowSeconds - 1 - random.NextInt64(ThreeYearsInSeconds);
        var updated = Chance(0.4) ? created : created + random.NextInt64(nowSeconds - created);
        return (DateTimeOffset.FromUnixTimeSeconds(created), DateTimeOffset.FromUnixTimeSeconds(updated));
    }

    /// <summary>A day between <paramref name="minYearsAgo"/> and <paramref name="maxYearsAgo"/> years before <paramref name="before"/>.</summary>
    public DateOnly DayBefore(DateOnly before, double minYearsAgo, double maxYearsAgo)
    {
        var days = (int)Math.Round(365.25 * (minYearsAgo + (random.NextDouble() * (maxYearsAgo - minYearsAgo))));
        return before.AddDays(-Math.Max(1, days));
    }

    /// <summary>A value in the metric's range, formatted with its unit ("12.3 mS/cm", "92.5%", "0.943").</summary>
    public string MetricValue(DemoMetric metric)
    {
        var value = metric.Min + (random.NextDouble() * (metric.Max - metric.Min));
        var number = value.ToString("N" + metric.Decimals, System.Globalization.CultureInfo.InvariantCulture);
        return metric.Unit switch
        {
            "" => number,
            "%" => number + "%",
            _ => $"{number} {metric.Unit}",
        };
    }
}
