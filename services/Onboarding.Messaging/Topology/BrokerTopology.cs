using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Onboarding.Messaging.Redrive;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// The broker half of the <c>migrate</c> step: declares the service's exchanges, queues and bindings (everything its
/// receive endpoints would declare at start, see <see cref="ReceiveEndpointTopology"/>) without consuming, so that an
/// event published before the service first starts already has a queue to wait in instead of being dropped by an
/// exchange nobody is bound to.
/// </summary>
public static partial class BrokerTopology
{
    /// <summary>Suffix of the classic queue that holds a queue's messages while it is re-created as a quorum queue.</summary>
    public const string ConversionSuffix = "_to-quorum";

    /// <summary>
    /// Deploys the topology. A receive queue that still exists as a classic queue (declared by an older version on a
    /// developer's machine; a queue's type cannot change) is re-created as a quorum queue, its messages kept: they are
    /// moved to <c>{queue}_to-quorum</c>, the queue is deleted and declared anew, and they are moved back. A run that
    /// stopped half-way finishes the move on the next run. The service is not running during <c>migrate</c>, so no
    /// consumer competes.
    /// </summary>
    public static async Task DeployBrokerTopologyAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var services = host.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokerTopology));
        services.GetRequiredService<BrokerTopologyMode>().DeployOnly = true;
        var bus = services.GetRequiredService<IBusControl>(); // building the bus fills ServiceQueues
        var queues = services.GetRequiredService<ServiceQueues>().Names;

        await using var broker = await BrokerQueues.OpenAsync(services.GetRequiredService<BrokerConnectionString>().Value, cancellationToken);
        foreach (var queue in queues)
        {
            if (!await broker.IsClassicAsync(queue, cancellationToken)) continue;
            var holding = queue + ConversionSuffix;
            await broker.DeclareClassicAsync(holding, cancellationToken);
            var moved = await broker.MoveAsync(queue, holding, uint.MaxValue, _ => false, cancellationToken);
            await broker.DeleteAsync(queue, cancellationToken);
            LogConverting(logger, queue, moved);
        }

        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            await bus.DeployAsync(timeout.Token);
        }

        foreach (var queue in queues)
        {
            var holding = queue + ConversionSuffix;
            if (await broker.CountAsync(holding, cancellationToken) is not { } waiting) continue;
            var moved = await broker.MoveAsync(holding, queue, waiting, _ => false, cancellationToken);
            if (await broker.CountAsync(holding, cancellationToken) == 0) await broker.DeleteAsync(holding, cancellationToken);
            LogConverted(logger, queue, moved);
        }
        LogDeployed(logger, queues.Count, string.Join(", ", queues));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} was a classic queue; re-creating it as a quorum queue ({Count} message(s) kept aside)")]
    private static partial void LogConverting(ILogger logger, string queue, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Queue} is a quorum queue again; {Count} message(s) moved back")]
    private static partial void LogConverted(ILogger logger, string queue, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker topology deployed for {Count} receive queue(s): {Queues}")]
    private static partial void LogDeployed(ILogger logger, int count, string queues);
}

/// <summary>Set by <see cref="BrokerTopology.DeployBrokerTopologyAsync"/> before the bus is built: deploy, never consume.</summary>
public sealed class BrokerTopologyMode
{
    public bool DeployOnly { get; set; }
}
