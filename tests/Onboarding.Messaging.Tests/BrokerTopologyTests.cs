using MassTransit;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Topology;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>The migrate step's broker half: queues and bindings exist before the consuming service first starts.</summary>
[Collection(MessagingCollection.Name)]
public sealed class BrokerTopologyTests : ProbeHostTest
{
    [Fact]
    public async Task An_event_published_before_its_consumer_ever_started_is_consumed_once_it_starts()
    {
        var queue = MessagingTestHost.NewQueueName();
        var consumerDatabase = await Infrastructure.CreateDatabaseAsync("topologyconsumer");
        await MessagingTestHost.DeployTopologyAsync(consumerDatabase, Infrastructure.Broker.ConnectionString, queue);

        // Published (by another service's bus) while the consumer has never run: only the migrate step declared its queue.
        var id = Guid.NewGuid();
        await Host.Bus.Publish(new MemberRosterImported(Guid.NewGuid(), 7, 0, 0, DateTimeOffset.UtcNow), c => c.MessageId = id);
        await using (var broker = await BrokerQueues.OpenAsync(Infrastructure.Broker.ConnectionString, default))
        {
            Assert.True(await Eventually.TrueAsync(async () => await broker.CountAsync(queue, default) == 1, Patience));
            // The delay queues of its redelivery schedule were declared too.
            foreach (var delay in MessagingTestHost.ShortRedeliveryDelays)
            {
                Assert.Equal(0u, await broker.CountAsync(Redelivery.RedeliverySchedule.DelayQueue(queue, delay), default));
            }
        }

        await using var consumer = await MessagingTestHost.StartAsync(consumerDatabase, Infrastructure.Broker.ConnectionString, queue);
        Assert.True(await Eventually.TrueAsync(async () => await consumer.EffectCountAsync(id) == 1, Patience));
    }
}
