using System.Diagnostics.Metrics;
using Onboarding.Membership.Application;

namespace Onboarding.Membership.Import;

/// <summary>Roster imports on the operators' dashboard: rows by outcome, and how long imports take.</summary>
public sealed class RosterImportMetrics
{
    public const string RowsInstrument = "onboarding.roster.rows";
    public const string DurationInstrument = "onboarding.roster.import.duration";

    private readonly Counter<long> _rows;
    private readonly Histogram<double> _duration;

    public RosterImportMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MembershipMetrics.MeterName);
        _rows = meter.CreateCounter<long>(RowsInstrument, "{row}", "Roster rows imported, by outcome (inserted, updated, unchanged, rejected)");
        _duration = meter.CreateHistogram<double>(DurationInstrument, "s", "Roster import duration, from the first byte read to commit");
    }

    public void Imported(RosterImportReport report)
    {
        Add(report.Inserted, "inserted");
        Add(report.Updated, "updated");
        Add(report.Unchanged, "unchanged");
        Add(report.Rejected, "rejected");
        _duration.Record(report.Duration.TotalSeconds, new KeyValuePair<string, object?>("encoding", report.Encoding));
    }

    private void Add(int rows, string outcome)
    {
        if (rows > 0) _rows.Add(rows, new KeyValuePair<string, object?>("outcome", outcome));
    }
}
