using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// Plain AMQP operations on whole queues that MassTransit does not offer: counting them, moving messages between
/// queues unchanged, declaring a receive queue as MassTransit lays it out (see <see cref="DeclareEndpointQueueAsync"/>)
/// and telling a quorum queue from a classic one. One connection, opened for one operator action or migrate run.
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

    /// <summary>
    /// Like <see cref="OpenAsync"/>, but while the broker is not reachable yet it asks again every
    /// <paramref name="retryInterval"/> until <paramref name="cancellationToken"/> ends. The migrate step starts with its
    /// database, not with the broker (which boots in about 10 s): it migrates first and waits here for the broker only
    /// when it needs it.
    /// </summary>
    public static async Task<BrokerQueues> OpenWhenReachableAsync(string brokerUri, TimeSpan retryInterval, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await OpenAsync(brokerUri, cancellationToken);
            }
            catch (BrokerUnreachableException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(retryInterval, cancellationToken);
            }
        }
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

    /// <summary>
    /// The arguments MassTransit gives a receive queue after <c>SetQuorumQueue()</c> (see
    /// <see cref="ReceiveEndpointTopology"/>). Whoever else declares such a queue must use exactly these: RabbitMQ
    /// refuses a declaration whose arguments differ from the existing queue's (406 PRECONDITION_FAILED).
    /// </summary>
    public static Dictionary<string, object?> QuorumQueueArguments() => new() { ["x-queue-type"] = "quorum" };

    /// <summary>Whether <paramref name="queue"/> is missing, a quorum queue, or of another type (classic).</summary>
    public async Task<QueueKind> KindOfAsync(string queue, CancellationToken cancellationToken)
    {
        if (await CountAsync(queue, cancellationToken) is null) return QueueKind.Missing;
        // Declaring an existing queue with other arguments fails, so an accepted quorum declaration proves its type.
        return await TryDeclareQuorumQueueAsync(queue, cancellationToken) ? QueueKind.Quorum : QueueKind.Other;
    }

    /// <summary>Declares <paramref name="queue"/> as a durable quorum queue; false when it exists with another type.</summary>
    public async Task<bool> TryDeclareQuorumQueueAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                QuorumQueueArguments(), cancellationToken: cancellationToken);
            return true;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>
    /// Declares what MassTransit declares for a receive endpoint named <paramref name="queue"/>: a durable fanout
    /// exchange of that name bound to a durable quorum queue of that name. Idempotent; fails (406) while a classic
    /// queue of that name exists (see <see cref="QuorumQueueConversion"/>).
    /// </summary>
    public async Task DeclareEndpointQueueAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            QuorumQueueArguments(), cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, queue, routingKey: "", cancellationToken: cancellationToken);
    }

    /// <summary>Declares the durable fanout exchange <paramref name="exchange"/> (as MassTransit does) and binds <paramref name="queue"/> to it.</summary>
    public async Task BindToExchangeAsync(string queue, string exchange, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, exchange, routingKey: "", cancellationToken: cancellationToken);
    }

    public async Task UnbindFromExchangeAsync(string queue, string exchange, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueUnbindAsync(queue, exchange, routingKey: "", cancellationToken: cancellationToken);
    }

    /// <summary>Deletes <paramref name="queue"/> with whatever it holds.</summary>
    public async Task DeleteAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Deletes the classic queue <paramref name="queue"/> if it holds no message (or does not exist); false when it
    /// still holds some. Not for quorum queues, which refuse an if-empty delete (and close the connection).
    /// </summary>
    public async Task<bool> TryDeleteIfEmptyAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: true, cancellationToken: cancellationToken);
            return true;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return true;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>
    /// Holds a broker-wide lock named <paramref name="name"/> until disposed: an exclusive queue, which only one
    /// connection can own (another gets 405 RESOURCE_LOCKED) and which the broker removes when its connection dies,
    /// so a crashed holder never leaves the lock taken. Waits up to <paramref name="patience"/> for it.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(string name, TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
            try
            {
                await channel.QueueDeclareAsync(name, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
                return new BrokerLock(channel, name);
            }
            catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.ResourceLocked
                                                                  && DateTime.UtcNow < deadline)
            {
                await channel.DisposeAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
            catch
            {
                await channel.DisposeAsync();
                throw;
            }
        }
    }

    private sealed class BrokerLock(IChannel channel, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false, cancellationToken: CancellationToken.None);
            await channel.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}

public enum QueueKind
{
    Missing,
    Quorum,
    /// <summary>Classic (or any type other than quorum).</summary>
    Other,
}
