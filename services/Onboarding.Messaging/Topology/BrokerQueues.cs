using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// Plain AMQP operations on whole queues that MassTransit does not offer: counting them and moving messages between
/// queues unchanged. One connection, opened for one operator action or migrate run.
/// </summary>
public sealed class BrokerQueues : IAsyncDisposable
{
    private readonly IConnection _connection;

    private BrokerQueues(IConnection connection) => _connection = connection;

    public static async Task<BrokerQueues> OpenAsync(string brokerUri, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerUri), ClientProvidedName = "onboarding-operator" };
        return new BrokerQueues(await factory.CreateConnectionAsync(cancellationToken));
    }

    /// <summary>How many ready messages <paramref name="queue"/> holds, or null when it does not exist.</summary>
    public async Task<uint?> CountAsync(string queue, CancellationToken cancellationToken)
    {
        // A failed passive declare closes its channel, so each question gets a channel of its own.
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Moves up to <paramref name="limit"/> messages from <paramref name="source"/> straight into
    /// <paramref name="destination"/> (through the default exchange), body and properties unchanged except the headers
    /// <paramref name="forget"/> selects. Each is acknowledged at the source only after the broker confirmed it at the
    /// destination, so a failure half-way duplicates at most one message (which the consumers' inbox absorbs) and
    /// loses none. Returns how many were moved.
    /// </summary>
    public async Task<int> MoveAsync(string source, string destination, uint limit, Func<string, bool> forget, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        while (moved < limit && await channel.BasicGetAsync(source, autoAck: false, cancellationToken) is { } message)
        {
            try
            {
                var properties = new BasicProperties(message.BasicProperties);
                if (properties.Headers is { } headers)
                {
                    foreach (var name in headers.Keys.Where(forget).ToList()) headers.Remove(name);
                }
                // Mandatory: a destination that does not exist fails the move instead of dropping the message.
                await channel.BasicPublishAsync("", destination, mandatory: true, properties, message.Body, cancellationToken);
            }
            catch
            {
                await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                throw;
            }
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        return moved;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
