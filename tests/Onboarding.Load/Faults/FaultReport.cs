using System.Globalization;
using System.Text;
using Onboarding.Load.Metrics;

namespace Onboarding.Load.Faults;

/// <summary>
/// The "Fault" section of the report: the scenario and when it held, how every journey started in the measured window
/// ended, what the sinks counted (codes lost, codes duplicated) and how the outbox backlog drained after the fault.
/// </summary>
public sealed record FaultReport(FaultOptions Scenario, FaultTimeline Timeline, JourneyOutcomes Outcomes, long CodesReceived, long DuplicateCodes)
{
    private static readonly TimeSpan SeriesStep = TimeSpan.FromSeconds(10);

    public string Format()
    {
        var text = new StringBuilder();
        Line(text, $"Fault: {Scenario.Name}");
        Line(text, $"  held                   {Seconds(Timeline.Began)} → {Seconds(Timeline.Ended)} into the measured window");
        foreach (var note in Timeline.Notes) Line(text, $"  {note}");
        Line(text, $"  journeys started       {Outcomes.Started}");
        Line(text, $"    completed            {Outcomes.Completed}");
        Line(text, $"    failed, then completed after pressing again   {Outcomes.CompletedAfterRetry}");
        Line(text, $"    failed for good      {Outcomes.FailedForGood}");
        Line(text, $"    lost (code never arrived)   {Outcomes.Lost}");
        if (Outcomes.Unfinished != 0) Line(text, $"    unfinished when the run stopped waiting   {Outcomes.Unfinished}");
        foreach (var (key, count) in Outcomes.Failures.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            Line(text, $"    {count,6}  {key}");
        }
        Line(text, $"  codes at the sinks     {CodesReceived} received, {DuplicateCodes} duplicated (same recipient and code twice)");
        var drain = Timeline.DrainTime;
        Line(text, $"  outbox drain time      {(drain is { } d ? $"{d.TotalSeconds:0} s after the fault ended" : "not drained while sampled")}   (largest backlog from the fault on: {Timeline.PeakAfterBegin?.ToString(CultureInfo.InvariantCulture) ?? "-"} rows)");
        var series = Timeline.Series(SeriesStep);
        if (series.Count > 0)
        {
            Line(text, $"  outbox backlog (s into the window: rows)   {string.Join("  ", series.Select(s => $"{s.At.TotalSeconds:0}: {s.Rows?.ToString(CultureInfo.InvariantCulture) ?? "?"}"))}");
        }
        return text.ToString();
    }

    private static string Seconds(TimeSpan? at) => at is { } t ? $"{t.TotalSeconds:0.0} s" : "-";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
