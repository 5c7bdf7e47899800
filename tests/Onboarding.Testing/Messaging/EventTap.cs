using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;

namespace Onboarding.Testing.Messaging;

/// <summary>
/// Subscribes to a published integration event the way another co-op system would: its own queue bound to the
/// event's exchange (MassTransit names it after the message type).
/// </summary>
public sealed class EventTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly ConcurrentBag<JsonElement> _seen = [];

    private EventTap(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<EventTap> StartAsync(string brokerConnectionString, string exchange)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(brokerConnectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return new EventTap(connection, channel, queue);
    }

    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var found = _seen.FirstOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined) return found;
            var delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (delivery is null) { await Task.Delay(50); continue; }
            using var envelope = JsonDocument.Parse(delivery.Body);
            _seen.Add(envelope.RootElement.GetProperty("message").Clone());
        }
        throw new TimeoutException("The expected event was never published.");
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
