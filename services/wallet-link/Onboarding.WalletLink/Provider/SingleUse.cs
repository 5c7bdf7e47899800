using Polly;

namespace Onboarding.WalletLink.Provider;

/// <summary>
/// Marks a provider request that must reach the provider at most once (a token exchange), for the resilience pipeline
/// in <see cref="WalletProviderRegistration"/>: it is never retried, and its one attempt may take the whole time budget.
/// Everything else the client sends (reads, revocation) is idempotent and retried on transient failures.
/// </summary>
public static class SingleUse
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("Onboarding.WalletProvider.SingleUse");

    public static HttpRequestMessage Mark(HttpRequestMessage request)
    {
        request.Options.Set(Key, true);
        return request;
    }

    public static bool IsMarked(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(Key, out var singleUse) && singleUse;
}
