using System.Text;
using Onboarding.Load.Ceilings;
using Onboarding.Load.Faults;

namespace Onboarding.Load.Metrics;

/// <summary>Everything the run measured, and the text it prints (plain, aligned, copy-pasteable into docs/benchmarks.md).</summary>
public sealed record LoadReport(
    string Arrivals,
    TimeSpan WarmUp,
    LoadMetrics Journeys,
    int MostInFlight,
    long CodesReceived,
    long DuplicateCodes,
    long MessagesWithoutCode,
    IReadOnlyList<ProcessFigures> Processes,
    int? PeakConnections,
    IReadOnlyDictionary<string, int>? PeakConnectionsByDatabase,
    IReadOnlyDictionary<string, long>? PeakOutboxBacklog,
    CeilingFigures? Ceilings = null,
    FaultReport? Fault = null,
    GrowthSeries? Growth = null)
{
    public string Format()
    {
        var text = new StringBuilder();
        var m = Journeys;
        Line(text, $"Whole journeys ({Arrivals}; warm-up {WarmUp.TotalSeconds:0} s, measured {m.MeasuredTime.TotalSeconds:0} s, {Environment.ProcessorCount} cores)");
        Line(text, $"  completed journeys/s   {m.CompletedPerSecond:0.00}   (started {m.Started}, completed {m.Completed}, failed {m.Failed}, most in flight {MostInFlight})");
        Line(text, $"  codes at the sinks     {CodesReceived} received, {DuplicateCodes} duplicated (same recipient and code twice), {MessagesWithoutCode} messages without a readable code");

        Table(text, "Per step (ms, codes awaited included)", m.Steps.Summaries().Concat(m.Journeys.Summaries()));
        Table(text, "Per request kind (ms, headers and body)", m.Requests.Summaries());
        Table(text, "Code delivery: request answered (after commit) → accepted by the generator's sink (ms)", m.CodeDelivery.Summaries());

        Line(text, "Errors by step, request, status and code");
        if (m.Errors.Count == 0) Line(text, "  none");
        foreach (var (key, count) in m.Errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)) Line(text, $"  {count,6}  {key}");
        if (m.Retries.Count > 0)
        {
            Line(text, "Repeated presses (not errors)");
            foreach (var (key, count) in m.Retries.OrderBy(e => e.Key, StringComparer.Ordinal)) Line(text, $"  {count,6}  {key}");
        }

        Line(text, "Processes (CPU in cores over the measured time; RSS at the end / peak, MB)");
        // Replicas' names (wallet-sandbox-zrgtdbcq) are longer than the parts' names.
        var groupWidth = Processes.Select(p => p.Group.Length).Append(20).Max();
        foreach (var process in Processes)
        {
            Line(text, $"  {process.Group.PadRight(groupWidth)} {process.Cores,6:0.00} cores   {process.RssBytes / 1e6,7:0} / {process.PeakRssBytes / 1e6,5:0} MB");
        }
        if (Processes.Count > 0)
        {
            Line(text, $"  {"all".PadRight(groupWidth)} {Processes.Sum(p => p.Cores),6:0.00} cores   {Processes.Sum(p => p.RssBytes) / 1e6,7:0} MB");
        }

        if (PeakConnections is { } connections)
        {
            var byDatabase = string.Join(", ", (PeakConnectionsByDatabase ?? new Dictionary<string, int>())
                .Where(d => d.Key.Length > 0).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value}"));
            Line(text, $"PostgreSQL client connections, most at once: {connections}   ({byDatabase})");
        }
        if (PeakOutboxBacklog is { Count: > 0 } backlog)
        {
            Line(text, $"Largest outbox backlog (rows): {string.Join(", ", backlog.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key} {b.Value}"))}");
        }
        if (Growth is not null) text.Append(Growth.Format());
        if (Fault is not null) text.Append(Fault.Format());
        if (Ceilings is not null) text.Append(Ceilings.Format());
        return text.ToString();
    }

    /// <summary>A latency table: name, count, p50, p95, p99, max.</summary>
    public static void Table(StringBuilder text, string title, IEnumerable<LatencySummary> rows)
    {
        var list = rows.ToList();
        Line(text, title);
        if (list.Count == 0)
        {
            Line(text, "  (nothing recorded)");
            return;
        }
        var width = Math.Max(24, list.Max(r => r.Name.Length));
        Line(text, $"  {"".PadRight(width)} {"count",7} {"p50",9} {"p95",9} {"p99",9} {"max",9}");
        foreach (var row in list)
        {
            Line(text, $"  {row.Name.PadRight(width)} {row.Count,7} {row.P50,9:0.0} {row.P95,9:0.0} {row.P99,9:0.0} {row.Max,9:0.0}");
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
