using System.Text;

namespace Onboarding.Load.Metrics;

/// <summary>
/// The soak's figures (issue 12 §5): the rows of every table of every service database and the RSS of every part of
/// the system, read once a minute through the measured window. Printed as one line per table or process with a column
/// every five minutes and the last reading, so that what grows without bound stands out from what levels off.
/// </summary>
public sealed class GrowthSeries
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ColumnEvery = TimeSpan.FromMinutes(5);

    private readonly List<Reading> _readings = [];

    private sealed record Reading(TimeSpan At, IReadOnlyDictionary<string, long> Rows, IReadOnlyDictionary<string, long> RssBytes);

    /// <summary>Whether a reading is due at <paramref name="elapsed"/> into the window (the first at its start).</summary>
    public bool IsDue(TimeSpan elapsed) => _readings.Count == 0 || elapsed - _readings[^1].At >= Every;

    public void Add(TimeSpan at, IReadOnlyDictionary<string, long> rows, IReadOnlyDictionary<string, long> rssBytes) =>
        _readings.Add(new Reading(at, rows, rssBytes));

    public string Format()
    {
        var text = new StringBuilder();
        if (_readings.Count == 0) return text.ToString();
        var columns = Columns();
        var header = string.Concat(columns.Select(c => $"{$"{c.At.TotalMinutes:0} min",10}"));
        text.Append("Growth: rows per table (tables with rows at some reading)\n");
        text.Append($"  {"",-44}{header}\n");
        var tables = _readings.SelectMany(r => r.Rows.Where(t => t.Value > 0).Select(t => t.Key)).Distinct().Order(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            text.Append($"  {table,-44}{string.Concat(columns.Select(c => $"{c.Rows.GetValueOrDefault(table),10}"))}\n");
        }
        text.Append("Growth: RSS per process (MB)\n");
        text.Append($"  {"",-44}{header}\n");
        foreach (var group in _readings.SelectMany(r => r.RssBytes.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            text.Append($"  {group,-44}{string.Concat(columns.Select(c => $"{c.RssBytes.GetValueOrDefault(group) / 1e6,10:0}"))}\n");
        }
        return text.ToString();
    }

    /// <summary>The first reading at or after every five minutes, and the last.</summary>
    private List<Reading> Columns()
    {
        var columns = new List<Reading>();
        var next = TimeSpan.Zero;
        foreach (var reading in _readings)
        {
            if (reading.At < next) continue;
            columns.Add(reading);
            next = reading.At - TimeSpan.FromTicks(reading.At.Ticks % ColumnEvery.Ticks) + ColumnEvery;
        }
        if (columns[^1] != _readings[^1]) columns.Add(_readings[^1]);
        return columns;
    }
}
