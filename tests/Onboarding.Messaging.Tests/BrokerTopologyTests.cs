using MassTransit;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Topology;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;
using RabbitMQ.Client;

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
            Assert.False(await broker.IsClassicAsync(queue, default), "the consumer's queue should be a quorum queue");
        }

        await using var consumer = await MessagingTestHost.StartAsync(consumerDatabase, Infrastructure.Broker.ConnectionString, queue);
        Assert.True(await Eventually.TrueAsync(async () => await consumer.EffectCountAsync(id) == 1, Patience));
    }

    [Fact]
    public async Task Migrate_recreates_an_existing_classic_queue_as_a_quorum_queue_and_keeps_its_messages()
    {
        // A developer's machine with the queue an older version declared: classic, one command waiting in it.
        var queue = MessagingTestHost.NewQueueName();
        var factory = new ConnectionFactory { Uri = new Uri(Infrastructure.Broker.ConnectionString) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        }
        var database = await Infrastructure.CreateDatabaseAsync("topologyclassic");
        var waiting = Guid.NewGuid();
        await (await Host.Bus.GetSendEndpoint(new Uri($"queue:{queue}")))
            .Send(new Onboarding.Contracts.Commands.SendTestEmail(Guid.NewGuid(), "kept@example.jp", "ja"), c => c.MessageId = waiting);

        await MessagingTestHost.DeployTopologyAsync(database, Infrastructure.Broker.ConnectionString, queue);

        await using (var broker = await BrokerQueues.OpenAsync(Infrastructure.Broker.ConnectionString, default))
        {
            Assert.False(await broker.IsClassicAsync(queue, default));
            Assert.Equal(1u, await broker.CountAsync(queue, default));
            Assert.Null(await broker.CountAsync(queue + BrokerTopology.ConversionSuffix, default));
        }
        await using var consumer = await MessagingTestHost.StartAsync(database, Infrastructure.Broker.ConnectionString, queue);
        Assert.True(await Eventually.TrueAsync(async () => await consumer.EffectCountAsync(waiting) == 1, Patience));
    }
}
