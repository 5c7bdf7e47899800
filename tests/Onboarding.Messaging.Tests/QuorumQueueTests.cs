using MassTransit;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Messaging.Outbox;
using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Topology;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>
/// Receive queues, for commands above all, are quorum queues (ARCHITECTURE §3): declared so by the migrate step and
/// by senders, and converted from the classic queues that machines which ran the system before still have.
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class QuorumQueueTests : ProbeHostTest
{
    [Fact]
    public async Task The_migrate_step_declares_the_service_queues_and_every_command_queue_as_quorum_queues()
    {
        var queue = MessagingTestHost.NewQueueName();
        await MessagingTestHost.DeployTopologyAsync(await Infrastructure.CreateDatabaseAsync("quorummigrate"), Infrastructure.Broker.ConnectionString, queue);

        await using var broker = await BrokerQueues.OpenAsync(Infrastructure.Broker.ConnectionString, default);
        Assert.Equal(QueueKind.Quorum, await broker.KindOfAsync(queue, default));
        Assert.Equal(QueueKind.Quorum, await broker.KindOfAsync(QueueNames.Notification, default));

        // The command queue is bound to its exchange, which is where senders send commands.
        var before = await broker.CountAsync(QueueNames.Notification, default);
        var endpoint = await Host.Bus.GetSendEndpoint(new Uri($"exchange:{QueueNames.Notification}"));
        await endpoint.Send(new SendTestEmail(Guid.NewGuid(), "bound@example.jp", "ja"));
        Assert.True(await Eventually.TrueAsync(async () => await broker.CountAsync(QueueNames.Notification, default) == before + 1, Patience));
    }

    [Fact]
    public async Task A_command_sent_before_its_consumer_ever_started_waits_in_a_quorum_queue_and_is_consumed()
    {
        // Neither started nor migrated: only the sender knows the queue.
        var queue = MessagingTestHost.NewQueueName();
        var id = await Host.WithDbAsync(async db =>
        {
            var messageId = db.SendThroughOutbox(queue, new SendTestEmail(Guid.NewGuid(), "early@example.jp", "ja"));
            await db.SaveChangesAsync();
            return messageId;
        });

        await using (var broker = await BrokerQueues.OpenAsync(Infrastructure.Broker.ConnectionString, default))
        {
            Assert.True(await Eventually.TrueAsync(async () => await broker.CountAsync(queue, default) == 1, Patience));
            Assert.Equal(QueueKind.Quorum, await broker.KindOfAsync(queue, default));
        }

        await using var consumer = await MessagingTestHost.StartAsync(
            await Infrastructure.CreateDatabaseAsync("quorumlate"), Infrastructure.Broker.ConnectionString, queue);
        Assert.True(await Eventually.TrueAsync(async () => await consumer.EffectCountAsync(id) == 1, Patience));
    }

    [Fact]
    public async Task A_classic_queue_holding_messages_is_converted_by_the_migrate_step_and_each_message_consumed_once()
    {
        // The layout the previous version left: classic queues declared by a queue: address, with waiting and parked messages.
        var queue = MessagingTestHost.NewQueueName();
        var oldSender = await Host.Bus.GetSendEndpoint(new Uri($"queue:{queue}"));
        var waiting = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = Guid.NewGuid();
            await oldSender.Send(new SendTestEmail(Guid.NewGuid(), $"converted-{i}@example.jp", "ja"), c => c.MessageId = id);
            waiting.Add(id);
        }
        var parked = Guid.NewGuid();
        var oldErrorQueue = await Host.Bus.GetSendEndpoint(new Uri($"queue:{ParkedMessages.ErrorQueue(queue)}"));
        await oldErrorQueue.Send(new SendTestEmail(Guid.NewGuid(), "parked@example.jp", "ja"), c => c.MessageId = parked);

        await using var broker = await BrokerQueues.OpenAsync(Infrastructure.Broker.ConnectionString, default);
        Assert.True(await Eventually.TrueAsync(async () => await broker.CountAsync(queue, default) == 5
                                                             && await broker.CountAsync(ParkedMessages.ErrorQueue(queue), default) == 1, Patience));
        Assert.Equal(QueueKind.Other, await broker.KindOfAsync(queue, default));

        // Two migrate steps at once (two replicas; or notification's and a sender's, for the command queue).
        var database = await Infrastructure.CreateDatabaseAsync("quorumconvert");
        await Task.WhenAll(
            MessagingTestHost.DeployTopologyAsync(database, Infrastructure.Broker.ConnectionString, queue),
            MessagingTestHost.DeployTopologyAsync(await Infrastructure.CreateDatabaseAsync("quorumconvert2"), Infrastructure.Broker.ConnectionString, queue));

        Assert.Equal(QueueKind.Quorum, await broker.KindOfAsync(queue, default));
        Assert.Equal(QueueKind.Quorum, await broker.KindOfAsync(ParkedMessages.ErrorQueue(queue), default));
        Assert.Equal(5u, await broker.CountAsync(queue, default));
        Assert.Equal(1u, await broker.CountAsync(ParkedMessages.ErrorQueue(queue), default));
        Assert.Null(await broker.CountAsync(QuorumQueueConversion.HoldingQueue(queue), default));

        await using var consumer = await MessagingTestHost.StartAsync(database, Infrastructure.Broker.ConnectionString, queue);
        Assert.Equal(1, (await consumer.ParkedMessages.RedriveAsync(default)).Total);
        foreach (var id in waiting.Append(parked))
        {
            Assert.True(await Eventually.TrueAsync(async () => await consumer.EffectCountAsync(id) == 1, Patience), $"Message {id} was not consumed.");
        }
        await Task.Delay(TimeSpan.FromSeconds(2)); // a duplicate would have arrived by now
        foreach (var id in waiting.Append(parked))
        {
            Assert.Equal((1, 1), (await consumer.EffectCountAsync(id), consumer.Observer.DeliveriesOf(id)));
        }
    }
}
