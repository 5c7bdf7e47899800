using System.Collections.Concurrent;
using HdrHistogram;

namespace Onboarding.Load.Metrics;

/// <summary>HdrHistograms by name, in microseconds (1 µs to 10 min, 3 significant digits), safe to record into concurrently.</summary>
public sealed class LatencyHistograms
{
    private static readonly long Highest = (long)TimeSpan.FromMinutes(10).TotalMicroseconds;
    private readonly ConcurrentDictionary<string, LongConcurrentHistogram> _byName = new();

    public void Record(string name, TimeSpan elapsed)
    {
        var micros = Math.Clamp((long)elapsed.TotalMicroseconds, 1, Highest);
        _byName.GetOrAdd(name, _ => new LongConcurrentHistogram(1, Highest, 3)).RecordValue(micros);
    }

    /// <summary>Count and percentiles per name, in name order.</summary>
    public IReadOnlyList<LatencySummary> Summaries() =>
        [.. _byName.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => LatencySummary.Of(pair.Key, pair.Value))];
}

/// <summary>One histogram's figures, in milliseconds.</summary>
public sealed record LatencySummary(string Name, long Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string name, HistogramBase histogram) => new(
        name,
        histogram.TotalCount,
        Milliseconds(histogram.GetValueAtPercentile(50)),
        Milliseconds(histogram.GetValueAtPercentile(95)),
        Milliseconds(histogram.GetValueAtPercentile(99)),
        Milliseconds(histogram.GetMaxValue()));

    private static double Milliseconds(long micros) => micros / 1000.0;
}
