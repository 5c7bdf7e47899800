using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// The broker half of the <c>migrate</c> step: declares the service's exchanges, queues and bindings (everything its
/// receive endpoints would declare at start, see <see cref="ReceiveEndpointTopology"/>) without consuming, so that an
/// event published before the service first starts already has a queue to wait in instead of being dropped by an
/// exchange nobody is bound to.
/// </summary>
public static partial class BrokerTopology
{
    /// <summary>Deploys the topology of every receive endpoint of the service, then returns (nothing is consumed).</summary>
    public static async Task DeployBrokerTopologyAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var services = host.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokerTopology));
        services.GetRequiredService<BrokerTopologyMode>().DeployOnly = true;
        var bus = services.GetRequiredService<IBusControl>(); // building the bus fills ServiceQueues
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await bus.DeployAsync(timeout.Token);
        var queues = services.GetRequiredService<ServiceQueues>().Names;
        LogDeployed(logger, queues.Count, string.Join(", ", queues));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker topology deployed for {Count} receive queue(s): {Queues}")]
    private static partial void LogDeployed(ILogger logger, int count, string queues);
}

/// <summary>Set by <see cref="BrokerTopology.DeployBrokerTopologyAsync"/> before the bus is built: deploy, never consume.</summary>
public sealed class BrokerTopologyMode
{
    public bool DeployOnly { get; set; }
}
