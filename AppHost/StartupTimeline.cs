using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Onboarding.AppHost;

/// <summary>
/// With <c>Onboarding:StartupTimeline=true</c>, logs every resource's state and health changes with the seconds since
/// the AppHost process started (e.g. <c>+12.3s membership-migrate-abcd1234 Finished (exit 0)</c>), so that a cold
/// start can be read as a timeline of what waited on what (docs/benchmarks.md, "Cold start and idle memory"). Off by
/// default: the dashboard shows the same states.
/// </summary>
internal static class StartupTimeline
{
    public const string Setting = "Onboarding:StartupTimeline";

    private static readonly DateTime ProcessStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public static void LogStartupTimelineIfAsked(this IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration[Setting] != "true") return;
        // Watched from BeforeStartEvent: a hosted service of ours would start only after Aspire's, i.e. too late.
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            var services = @event.Services;
            Task.Run(() => WatchAsync(
                services.GetRequiredService<ResourceNotificationService>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTimeline)),
                services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
            return Task.CompletedTask;
        });
    }

    private static async Task WatchAsync(ResourceNotificationService notifications, ILogger logger, CancellationToken stopping)
    {
        var last = new Dictionary<string, string>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
            {
                var snapshot = update.Snapshot;
                var exit = snapshot.ExitCode is { } code ? $" (exit {code})" : "";
                var health = snapshot.HealthStatus is { } status ? $" health={status}" : "";
                var line = $"{snapshot.State?.Text ?? "-"}{exit}{health}";
                if (last.TryGetValue(update.ResourceId, out var previous) && previous == line) continue;
                last[update.ResourceId] = line;
                logger.LogInformation("+{Seconds:F1}s {Resource} {State}",
                    (DateTime.UtcNow - ProcessStart).TotalSeconds, update.ResourceId, line);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
