using System.Globalization;

namespace TechBridge.Bench.Booking;

/// <summary>Latencies in milliseconds, with nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> sorted;

    public Latencies(IEnumerable<double> milliseconds)
    {
        sorted = [.. milliseconds];
        sorted.Sort();
    }

    public int Count => sorted.Count;

    public double Percentile(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double P99 => Percentile(0.99);

    public double Max => sorted.Count == 0 ? double.NaN : sorted[^1];

    public string Summary() => string.Create(CultureInfo.InvariantCulture, $"{P50:0.0} / {P95:0.0} / {P99:0.0}");
}
