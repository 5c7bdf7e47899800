namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The real clock moved forward by what a test asks. Unlike a frozen fake clock, its timers run in real time, which
/// the resilience pipeline's retry delays and timeouts (built on the same TimeProvider) need to make progress.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
