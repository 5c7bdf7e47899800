using System.Collections.Concurrent;
using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using Onboarding.Messaging.Redelivery;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// What each of a service's receive endpoints declares on the broker, at every start and in the <c>migrate</c> step:
/// its queue (a quorum queue), the exchanges MassTransit binds to it, and one delay queue per stage of the
/// <see cref="RedeliverySchedule"/> (a quorum queue), whose expired messages go back to the endpoint.
/// </summary>
/// <remarks>
/// Every receive queue, for commands and events alike, is a quorum queue: replicated across a cluster's nodes and
/// written to disk before the broker confirms, so a message survives the loss of a node. MassTransit gives the
/// endpoint's <c>_error</c> and <c>_skipped</c> queues the same arguments, so they are quorum queues too (parked
/// messages are kept as safely). A queue's type cannot change and RabbitMQ refuses (406) any declaration whose
/// arguments differ, so nothing may declare these queues any other way: senders address a command queue's exchange
/// (<c>exchange:notification-commands</c>, bound to the queue of that name) rather than <c>queue:…</c>, with which
/// MassTransit would declare a classic queue; the command queues are declared by every service's <c>migrate</c> step
/// and by the outbox relay with <see cref="BrokerQueues.DeclareEndpointQueueAsync"/>, exactly as here; and classic
/// queues from before are converted by the <c>migrate</c> step (<see cref="QuorumQueueConversion"/>).
/// </remarks>
public static class ReceiveEndpointTopology
{
    public static void Configure(string queue, IReceiveEndpointConfigurator endpoint, RedeliverySchedule schedule, ServiceQueues queues)
    {
        if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit) return;
        queues.Add(queue);
        rabbit.SetQuorumQueue();

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
