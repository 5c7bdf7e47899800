using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Onboarding.WalletLink.Provider;

public static class WalletProviderRegistration
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The provider's HttpClient with its own resilience pipeline instead of the service default: short attempt and total
    /// timeouts (a member is waiting on a page), retries with jitter on transient failures only (5xx, 408, 429, network)
    /// and of idempotent requests only (never a token exchange, see <see cref="SingleUse"/>), and a circuit breaker that
    /// opens after a handful of failures, so a provider outage is answered at once instead of after every member's full
    /// retry budget.
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
                pipeline.AttemptTimeout.Timeout = AttemptTimeout;
                // 7 attempts: a provider failing 30 % of the time then fails a call 0.3^7 ≈ 0.02 % of the time (with 5
                // it was 0.24 %, about one failed mypage in 200 reads); the delays (0.1 s doubling) stay within 15 s.
                pipeline.Retry.MaxRetryAttempts = 6;
                pipeline.Retry.Delay = TimeSpan.FromMilliseconds(100);
                pipeline.Retry.UseJitter = true;
                pipeline.TotalRequestTimeout.Timeout = TotalTimeout;
                // A token exchange spends a single-use grant: never retried (a slow or lost answer may well have been
                // accepted), and its one attempt may take the whole budget rather than be cut off and wasted at 3 s.
                var retryTransient = pipeline.Retry.ShouldHandle;
                pipeline.Retry.ShouldHandle = args => SingleUse.IsMarked(args.Context) ? PredicateResult.False() : retryTransient(args);
                pipeline.AttemptTimeout.TimeoutGenerator = args =>
                    ValueTask.FromResult(SingleUse.IsMarked(args.Context) ? TotalTimeout : AttemptTimeout);
                // The ratio counts the window's earlier successes too, so a long window keeps a provider that just went
                // down from tripping it; a low ratio lets a provider failing 30 % of the time trip it by chance (its
                // retries add failures), which the retries alone would have absorbed. 80 % of 10+ calls in 10 s does both.
                pipeline.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                pipeline.CircuitBreaker.MinimumThroughput = 10;
                pipeline.CircuitBreaker.FailureRatio = 0.8;
                pipeline.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
            });
#pragma warning restore EXTEXP0001
        return builder;
    }
}
