using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Onboarding.Contracts;
using Onboarding.Messaging.Redrive;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// The broker half of the <c>migrate</c> step: declares the service's exchanges, queues and bindings (everything its
/// receive endpoints would declare at start, see <see cref="ReceiveEndpointTopology"/>) without consuming, so that an
/// event published before the service first starts already has a queue to wait in instead of being dropped by an
/// exchange nobody is bound to. It also declares every command queue (<see cref="QueueNames.All"/>), as its consumer
/// will: commands are sent to the queue's exchange, so a command sent before its consumer first started needs the
/// queue bound already. Classic queues left from before receive queues became quorum queues are converted first
/// (<see cref="QuorumQueueConversion"/>).
/// </summary>
public static partial class BrokerTopology
{
    private static readonly TimeSpan DeployTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BrokerRetryInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Deploys the topology of every receive endpoint of the service, then returns (nothing is consumed).</summary>
    public static async Task DeployBrokerTopologyAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var services = host.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokerTopology));
        services.GetRequiredService<BrokerTopologyMode>().DeployOnly = true;
        var bus = services.GetRequiredService<IBusControl>(); // building the bus fills ServiceQueues
        var queues = services.GetRequiredService<ServiceQueues>().Names;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DeployTimeout);

        // The AppHost starts the migrate step once its database is up, without waiting for the broker (docs/benchmarks.md,
        // "Cold start and idle memory"): the broker may still be booting here.
        await using (var broker = await BrokerQueues.OpenWhenReachableAsync(
            services.GetRequiredService<BrokerConnectionString>().Value, BrokerRetryInterval, timeout.Token))
        {
            // MassTransit declares a receive queue's _error and _skipped queues with the queue's own arguments.
            var owned = queues.SelectMany(queue => new[] { queue, ParkedMessages.ErrorQueue(queue), SkippedQueue(queue) });
            foreach (var queue in owned.Concat(QueueNames.All).Distinct())
            {
                if (await broker.ConvertToQuorumIfClassicAsync(queue, timeout.Token) is { } moved) LogConverted(logger, queue, moved);
            }
            foreach (var commandQueue in QueueNames.All)
            {
                await broker.DeclareEndpointQueueAsync(commandQueue, timeout.Token);
            }
        }

        // WaitAsync, not only the token: under heavy CPU load MassTransit's deploy was seen waiting for a channel that
        // never opened, its stop then waiting for that start, for good (identity-portal's migrate, 2026-12-06). A step
        // that fails says so and exits non-zero; one that hangs keeps the service from ever starting without a word.
        try
        {
            await bus.DeployAsync(timeout.Token).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Deploying the broker topology of {string.Join(", ", queues)} did not finish within {DeployTimeout}.");
        }
        LogDeployed(logger, queues.Count, string.Join(", ", queues));
    }

    /// <summary>Where MassTransit moves a message no consumer of the queue takes.</summary>
    public static string SkippedQueue(string queue) => $"{queue}_skipped";

    [LoggerMessage(Level = LogLevel.Information, Message = "Classic queue {Queue} re-created as a quorum queue; {Count} message(s) carried over")]
    private static partial void LogConverted(ILogger logger, string queue, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker topology deployed for {Count} receive queue(s): {Queues}")]
    private static partial void LogDeployed(ILogger logger, int count, string queues);
}

/// <summary>Set by <see cref="BrokerTopology.DeployBrokerTopologyAsync"/> before the bus is built: deploy, never consume.</summary>
public sealed class BrokerTopologyMode
{
    public bool DeployOnly { get; set; }
}
