using System.Collections.Concurrent;
using System.Diagnostics;

namespace Onboarding.Load.Metrics;

/// <summary>
/// Everything a run measures about the journeys. Nothing is recorded during the warm-up; <see cref="StartMeasuring"/>
/// opens the measured window and <see cref="StopMeasuring"/> closes it, so that completed journeys/s is counted over
/// exactly that window.
/// </summary>
public sealed class LoadMetrics
{
    private readonly ConcurrentDictionary<string, long> _errors = new();
    private readonly ConcurrentDictionary<string, long> _retries = new();
    private long _started;
    private long _completed;
    private long _failed;
    private long _measuringSince;
    private long _measuringUntil;
    private volatile bool _measuring;

    public LatencyHistograms Requests { get; } = new();

    public LatencyHistograms Steps { get; } = new();

    public LatencyHistograms Journeys { get; } = new();

    /// <summary>From the request that made a code be sent to the code arriving at the sink, by kind of code.</summary>
    public LatencyHistograms CodeDelivery { get; } = new();

    public bool Measuring => _measuring;

    public long Started => Interlocked.Read(ref _started);

    public long Completed => Interlocked.Read(ref _completed);

    public long Failed => Interlocked.Read(ref _failed);

    public IReadOnlyDictionary<string, long> Errors => _errors;

    /// <summary>Presses a member had to repeat (the system not ready yet), by what: not errors, but worth seeing.</summary>
    public IReadOnlyDictionary<string, long> Retries => _retries;

    public TimeSpan MeasuredTime =>
        _measuringSince == 0 ? TimeSpan.Zero
        : Stopwatch.GetElapsedTime(_measuringSince, _measuringUntil == 0 ? Stopwatch.GetTimestamp() : _measuringUntil);

    public double CompletedPerSecond => MeasuredTime > TimeSpan.Zero ? Completed / MeasuredTime.TotalSeconds : 0;

    public void StartMeasuring()
    {
        _measuringSince = Stopwatch.GetTimestamp();
        _measuring = true;
    }

    public void StopMeasuring()
    {
        _measuring = false;
        _measuringUntil = Stopwatch.GetTimestamp();
    }

    public void RecordRequest(string kind, TimeSpan elapsed)
    {
        if (_measuring) Requests.Record(kind, elapsed);
    }

    public void RecordStep(string step, TimeSpan elapsed)
    {
        if (_measuring) Steps.Record(step, elapsed);
    }

    public void RecordCodeDelivery(string kind, TimeSpan elapsed)
    {
        if (_measuring) CodeDelivery.Record(kind, elapsed);
    }

    public void RecordRetry(string what)
    {
        if (_measuring) _retries.AddOrUpdate(what, 1, (_, count) => count + 1);
    }

    public void JourneyStarted()
    {
        if (_measuring) Interlocked.Increment(ref _started);
    }

    public void JourneyCompleted(TimeSpan elapsed)
    {
        if (!_measuring) return;
        Interlocked.Increment(ref _completed);
        Journeys.Record("whole journey", elapsed);
    }

    public void JourneyFailed(string key)
    {
        if (!_measuring) return;
        Interlocked.Increment(ref _failed);
        _errors.AddOrUpdate(key, 1, (_, count) => count + 1);
    }
}
