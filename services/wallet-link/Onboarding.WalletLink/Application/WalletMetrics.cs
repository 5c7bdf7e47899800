using System.Diagnostics.Metrics;

namespace Onboarding.WalletLink.Application;

/// <summary>STEP 3 for the operators: hand-overs to the provider, how they came back, and provider trouble.</summary>
public sealed class WalletMetrics
{
    public const string MeterName = "Onboarding.WalletLink";

    private readonly Counter<long> _linksStarted;
    private readonly Counter<long> _callbacks;
    private readonly Counter<long> _providerUnavailable;
    private readonly Counter<long> _unlinks;

    public WalletMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _linksStarted = meter.CreateCounter<long>("onboarding.wallet_links.started", "{link}", "Members sent to the provider to link");
        _callbacks = meter.CreateCounter<long>("onboarding.wallet_links.returned", "{callback}", "Members back from the provider, by outcome");
        _providerUnavailable = meter.CreateCounter<long>("onboarding.wallet_provider.unavailable", "{call}", "Provider calls that failed after retries, by operation");
        _unlinks = meter.CreateCounter<long>("onboarding.wallet_links.unlinked", "{link}", "Wallets unlinked");
    }

    public void LinkStarted() => _linksStarted.Add(1);
    public void Returned(string outcome) => _callbacks.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
    public void ProviderUnavailable(string operation) => _providerUnavailable.Add(1, new KeyValuePair<string, object?>("operation", operation));
    public void Unlinked() => _unlinks.Add(1);
}
