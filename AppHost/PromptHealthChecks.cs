using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Onboarding.AppHost;

/// <summary>
/// Health checks whose first "healthy" is noticed within a quarter of a second. Aspire runs a resource's checks again
/// 1, 2, 3, 4 and then every 5 seconds while they fail, so a resource that became ready just after a failed check
/// waited up to 5 s to be seen ready — and the start is a chain of such waits (PostgreSQL and RabbitMQ → migrate steps →
/// services → wallet-link → gateway). Until its first healthy answer, one run of a prompt check asks again every
/// 250 ms for up to 4 s (shorter than Aspire's longest pause, so no answer is missed); after it, one run asks once,
/// as before. Measured in docs/benchmarks.md, "Cold start and idle memory".
/// </summary>
internal static class PromptHealthChecks
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(4);

    // One client for every probe: the checks run for the AppHost's lifetime.
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Like Aspire's <c>WithHttpHealthCheck</c> (2xx from <paramref name="path"/> is healthy), but prompt.</summary>
    public static IResourceBuilder<T> WithPromptHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path, string endpointName)
        where T : IResourceWithEndpoints
    {
        var endpoint = builder.Resource.GetEndpoint(endpointName);
        return builder.WithPromptHealthCheck($"{builder.Resource.Name}_{endpointName}_http_check", new HttpCheck(endpoint, path));
    }

    /// <summary>Registers <paramref name="check"/> (one instance for the AppHost's lifetime) as a prompt check.</summary>
    public static IResourceBuilder<T> WithPromptHealthCheck<T>(this IResourceBuilder<T> builder, string key, IHealthCheck check)
        where T : IResource
    {
        var prompt = new UntilFirstHealthy(check);
        builder.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(key, _ => prompt, HealthStatus.Unhealthy, tags: null));
        return builder.WithHealthCheck(key);
    }

    private sealed class UntilFirstHealthy(IHealthCheck inner) : IHealthCheck
    {
        private volatile bool _wasHealthy;

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var giveUpAt = DateTime.UtcNow + (_wasHealthy ? TimeSpan.Zero : RetryWindow);
            while (true)
            {
                var result = await inner.CheckHealthAsync(context, cancellationToken);
                if (result.Status == HealthStatus.Healthy)
                {
                    _wasHealthy = true;
                    return result;
                }
                if (DateTime.UtcNow + RetryInterval > giveUpAt) return result;
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }

    private sealed class HttpCheck(EndpointReference endpoint, string path) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                using var response = await Probe.GetAsync(new Uri(new Uri(endpoint.Url), path), cancellationToken);
                return response.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"{path} answered {(int)response.StatusCode}.");
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy(exception.Message, exception);
            }
        }
    }
}
