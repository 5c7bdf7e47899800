using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// Plain AMQP operations on whole queues that MassTransit does not offer: counting, moving messages between queues
/// unchanged, telling a classic queue from a quorum one. One connection, opened for one operator action or migrate run.
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
    /// True when <paramref name="queue"/> exists as a classic queue: re-declaring it as a quorum queue is refused
    /// (a queue's type cannot change).
    /// </summary>
    public async Task<bool> IsClassicAsync(string queue, CancellationToken cancellationToken)
    {
        if (await CountAsync(queue, cancellationToken) is null) return false;
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
            return false;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            return true;
        }
    }

    public async Task DeclareClassicAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
    }

    public async Task DeleteAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false, cancellationToken: cancellationToken);
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
