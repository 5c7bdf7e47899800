using System.Collections.Concurrent;
using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using Onboarding.Messaging.Redelivery;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// What each of a service's receive endpoints declares on the broker, at every start and in the <c>migrate</c> step:
/// its queue, the exchanges MassTransit binds to it, and one delay queue per stage of the
/// <see cref="RedeliverySchedule"/> (a quorum queue), whose expired messages go back to the endpoint.
/// </summary>
/// <remarks>
/// The receive queues themselves stay classic for now: senders address commands as <c>queue:notification-commands</c>,
/// and MassTransit declares that queue (classic) on send, which RabbitMQ refuses once the queue is a quorum queue
/// (a queue's type cannot change). Making them quorum queues needs senders that address the endpoint's exchange
/// instead, together with a one-off re-creation of existing queues; see docs/events.md.
/// </remarks>
public static class ReceiveEndpointTopology
{
    public static void Configure(string queue, IReceiveEndpointConfigurator endpoint, RedeliverySchedule schedule, ServiceQueues queues)
    {
        if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit) return;
        queues.Add(queue);

        // The receive endpoint's own consume topology, which MassTransit declares with the endpoint (and deploys in
        // DeployTopologyOnly mode); the configurator offers it only through its configuration interface.
        var consumeTopology = ((IRabbitMqEndpointConfiguration)rabbit).Topology.Consume;
        foreach (var delay in schedule.Delays.Distinct())
        {
            var delayQueue = RedeliverySchedule.DelayQueue(queue, delay);
            consumeTopology.BindQueue(delayQueue, delayQueue, delayed =>
            {
                delayed.SetQuorumQueue();
                delayed.SetQueueArgument("x-message-ttl", (long)delay.TotalMilliseconds);
                // Back through the endpoint's exchange (MassTransit binds it to the endpoint's queue).
                delayed.SetQueueArgument("x-dead-letter-exchange", queue);
                // Quorum queues dead-letter at least once (never lose a message on the way back) only with these.
                delayed.SetQueueArgument("x-dead-letter-strategy", "at-least-once");
                delayed.SetQueueArgument("x-overflow", "reject-publish");
            });
        }
    }
}

/// <summary>The receive queues of this service, as configured (filled when the bus is built).</summary>
public sealed class ServiceQueues
{
    private readonly ConcurrentDictionary<string, bool> _queues = new();

    public IReadOnlyList<string> Names => _queues.Keys.Order(StringComparer.Ordinal).ToList();

    internal void Add(string queue) => _queues.TryAdd(queue, true);
}
