using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Onboarding.Messaging.Retention;

/// <summary>
/// Runs the <see cref="RetentionPass"/> every <see cref="RetentionOptions.Interval"/>.
/// </summary>
/// <remarks>
/// No lock between replicas, on purpose: every rule deletes only rows its predicate selects at the moment of the
/// statement, so two passes at once delete each row once (the second statement waits for the first's row locks,
/// re-checks the rows and finds them gone) and their counts add up to the rows deleted. An advisory lock would save
/// the second replica a few index scans every ten minutes, at the price of a held connection and one more thing that
/// can go wrong. The interval is wall-clock time (<see cref="TimeProvider.System"/>), not the injected clock: tests
/// move their fake clock by days, and a pass firing in the middle of a test would delete rows the test still reads.
/// </remarks>
public sealed class RetentionService(RetentionPass pass, IOptionsMonitor<RetentionOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.CurrentValue.Interval, TimeProvider.System, stoppingToken);
            await pass.RunAsync(stoppingToken);
        }
    }
}
