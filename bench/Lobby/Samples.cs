using System.Diagnostics;

namespace Keel.Bench.Lobby;

/// <summary>Latencies in milliseconds, summarised by nearest rank.</summary>
internal sealed class Samples
{
    private readonly List<double> _values = [];

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    public static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    public void Add(double ms)
    {
        lock (_values)
        {
            _values.Add(ms);
        }
    }

    public object Summary()
    {
        double[] sorted;
        lock (_values)
        {
            sorted = [.. _values.Order()];
        }
        double Rank(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new
        {
            n = sorted.Length,
            min = Round(sorted.Length == 0 ? double.NaN : sorted[0]),
            p10 = Round(Rank(0.10)),
            p50 = Round(Rank(0.50)),
            p90 = Round(Rank(0.90)),
            p99 = Round(Rank(0.99)),
            max = Round(sorted.Length == 0 ? double.NaN : sorted[^1]),
            mean = Round(sorted.Length == 0 ? double.NaN : sorted.Average()),
        };
    }

    private static double? Round(double value) => double.IsNaN(value) ? null : Math.Round(value, 3);
}
