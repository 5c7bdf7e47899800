using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Onboarding.WalletLink.Provider;

public static class WalletProviderRegistration
{
    /// <summary>
    /// The provider's HttpClient with its own resilience pipeline instead of the service default: short attempt and total
    /// timeouts (a member is waiting on a page), retries with jitter on transient failures only (5xx, 408, 429, network),
    /// and a circuit breaker that opens after a handful of failures, so a provider outage is answered at once instead of
    /// after every member's full retry budget.
    /// </summary>
    public static IHostApplicationBuilder AddWalletProvider(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WalletProviderOptions>().BindConfiguration(WalletProviderOptions.Section);
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is experimental, but the documented way to replace the default pipeline.
        builder.Services.AddHttpClient<WalletProviderClient>((services, http) =>
                http.BaseAddress = services.GetRequiredService<IOptions<WalletProviderOptions>>().Value.BaseUrl)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(pipeline =>
            {
                pipeline.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
                pipeline.Retry.MaxRetryAttempts = 4;
                pipeline.Retry.Delay = TimeSpan.FromMilliseconds(200);
                pipeline.Retry.UseJitter = true;
                pipeline.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15);
                // The ratio counts the window's earlier successes too: a provider that just went down after serving well
                // must still trip it quickly, while one failing 30 % of the time must not (the retries absorb that).
                pipeline.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                pipeline.CircuitBreaker.MinimumThroughput = 8;
                pipeline.CircuitBreaker.FailureRatio = 0.5;
                pipeline.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
            });
#pragma warning restore EXTEXP0001
        return builder;
    }
}
