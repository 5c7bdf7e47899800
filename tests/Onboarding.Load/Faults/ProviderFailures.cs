namespace Onboarding.Load.Faults;

/// <summary>
/// What the flaky provider does to each call while the fault is on: every call waits <see cref="Latency"/>, and a
/// share of them (<see cref="FailureRatio"/>) then fails with 503. Random from a seed, so a test can count the ratio.
/// </summary>
public sealed class ProviderFailures(double failureRatio, TimeSpan latency, Random random)
{
    public static ProviderFailures Flaky(int? seed = null) =>
        new(0.3, TimeSpan.FromSeconds(1), seed is { } s ? new Random(s) : new Random());

    private readonly Lock _lock = new();
    private long _calls;
    private long _failed;

    public double FailureRatio => failureRatio;

    public TimeSpan Latency => latency;

    /// <summary>Off: calls pass through untouched.</summary>
    public bool Active { get; set; }

    /// <summary>Calls seen while the fault was on.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls failed on purpose.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Decides one call: whether it fails (after the latency). Counted.</summary>
    public bool NextFails()
    {
        bool fails;
        lock (_lock) fails = random.NextDouble() < failureRatio;
        Interlocked.Increment(ref _calls);
        if (fails) Interlocked.Increment(ref _failed);
        return fails;
    }
}
