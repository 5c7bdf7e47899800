namespace Onboarding.Load.Faults;

/// <summary>The wallet provider flaky for wallet-link: its calls through the <see cref="ProviderProxy"/> slowed and partly failed.</summary>
public sealed class ProviderFlaky(ProviderFailures failures) : IFault
{
    public Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        failures.Active = true;
        return Task.CompletedTask;
    }

    public Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        failures.Active = false;
        timeline.Note($"provider calls during the fault: {failures.Calls}, answered 503 after {failures.Latency.TotalSeconds:0} s: {failures.Failed} "
            + $"({(failures.Calls == 0 ? 0 : 100.0 * failures.Failed / failures.Calls):0} %), the rest delayed {failures.Latency.TotalSeconds:0} s");
        return Task.CompletedTask;
    }
}
