using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;
using RabbitMQ.Client;

namespace Onboarding.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class InboxTests : ProbeHostTest
{
    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var messageId = Guid.NewGuid();
        var endpoint = await Host.Bus.GetSendEndpoint(new Uri($"exchange:{Host.Queue}"));
        var command = new SendTestEmail(Guid.NewGuid(), "twice@example.jp", "ja");

        await endpoint.Send(command, context => context.MessageId = messageId);
        await endpoint.Send(command, context => context.MessageId = messageId);

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Host.Observer.DeliveriesOf(messageId) == 2), Patience));
        Assert.Equal(1, await Host.EffectCountAsync(messageId));
    }

    [Fact]
    public async Task A_poisoned_message_is_redelivered_after_each_delay_then_parked_in_the_error_queue_without_blocking_others()
    {
        var endpoint = await Host.Bus.GetSendEndpoint(new Uri($"exchange:{Host.Queue}"));
        var poisonId = Guid.NewGuid();
        var goodId = Guid.NewGuid();

        await endpoint.Send(new SendTestEmail(Guid.NewGuid(), ProbeConsumer.PoisonPrefix + "example.jp", "ja"), c => c.MessageId = poisonId);
        await endpoint.Send(new SendTestEmail(Guid.NewGuid(), "good@example.jp", "ja"), c => c.MessageId = goodId);

        // The good message is handled while the poisoned one is still being retried.
        Assert.True(await Eventually.TrueAsync(async () => await Host.EffectCountAsync(goodId) == 1, Patience));
        Assert.True(Host.Observer.DeliveriesOf(poisonId) == 0, "the poisoned message should still be in its retries");

        Assert.True(await Eventually.TrueAsync(async () => await ErrorQueueDepthAsync() == 1, TimeSpan.FromMinutes(3)));
        // Delivered at first and once more after each of the delays (a message parked at once would show 1 delivery),
        // each delivery with its first try and five immediate retries.
        var deliveries = 1 + MessagingTestHost.ShortRedeliveryDelays.Count;
        Assert.Equal(deliveries, Host.Observer.DeliveriesOf(poisonId));
        Assert.Equal(6 * deliveries, Host.Observer.AttemptsOf(poisonId));
        Assert.Equal(0, await Host.EffectCountAsync(poisonId));
    }

    private async Task<uint> ErrorQueueDepthAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(Infrastructure.Broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync($"{Host.Queue}_error")).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not created yet: MassTransit declares it with the first faulted message
        }
    }
}
