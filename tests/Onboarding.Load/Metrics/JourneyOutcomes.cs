using System.Collections.Concurrent;
using Onboarding.Load.Journeys;

namespace Onboarding.Load.Metrics;

/// <summary>
/// How every journey started in the measured window ended, counted when it ends (during the drain too, unlike
/// <see cref="LoadMetrics"/>, which stops at the window's end): a fault run must account for every journey it started.
/// </summary>
public sealed class JourneyOutcomes
{
    private long _started;
    private long _completed;
    private long _completedAfterRetry;
    private long _failedForGood;
    private long _lost;
    private readonly ConcurrentDictionary<string, long> _failures = new();

    /// <summary>How the journeys that did not complete ended, by step, request, status and code (as the errors are keyed).</summary>
    public IReadOnlyDictionary<string, long> Failures => _failures;

    public long Started => Interlocked.Read(ref _started);

    /// <summary>Completed without meeting a retryable message.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Met a retryable message, pressed again, and completed.</summary>
    public long CompletedAfterRetry => Interlocked.Read(ref _completedAfterRetry);

    /// <summary>Ended without completing, other than by a lost code (an error, or a retryable message after every press).</summary>
    public long FailedForGood => Interlocked.Read(ref _failedForGood);

    /// <summary>Ended waiting for a code the system had said it sent: the message was lost.</summary>
    public long Lost => Interlocked.Read(ref _lost);

    /// <summary>Started and not ended when the run stopped waiting (the drain ran out).</summary>
    public long Unfinished => Started - Completed - CompletedAfterRetry - FailedForGood - Lost;

    public void JourneyStarted() => Interlocked.Increment(ref _started);

    public void JourneyCompleted(bool pressedAgain) => Interlocked.Increment(ref pressedAgain ? ref _completedAfterRetry : ref _completed);

    public void JourneyFailed(FailureKind kind, string key)
    {
        Interlocked.Increment(ref kind == FailureKind.CodeNeverArrived ? ref _lost : ref _failedForGood);
        _failures.AddOrUpdate(key, 1, (_, count) => count + 1);
    }
}
