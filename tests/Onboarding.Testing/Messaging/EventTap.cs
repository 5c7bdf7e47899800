using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;

namespace Onboarding.Testing.Messaging;

/// <summary>
/// Subscribes to a published integration event the way another co-op system would: its own queue bound to the
/// event's exchange (MassTransit names it after the message type). It keeps every message it reads, so a test can
/// also say how many times an event was published. Start it before the action: it sees only what comes after.
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

    /// <summary>The exchange MassTransit publishes one of our events to, e.g. <c>Onboarding.Contracts.Events:WalletLinked</c>.</summary>
    public static string ExchangeOf(string eventType) => $"Onboarding.Contracts.Events:{eventType}";

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
            if (!await TryReadOneAsync()) await Task.Delay(50);
        }
        throw new TimeoutException("The expected event was never published; seen: " +
            string.Join(" | ", _seen.Select(m => m.GetRawText())));
    }

    /// <summary>How many matching events were published, after reading everything that arrives within <paramref name="settle"/>.</summary>
    public async Task<int> CountAsync(Func<JsonElement, bool> match, TimeSpan settle)
    {
        var deadline = DateTime.UtcNow + settle;
        do
        {
            while (await TryReadOneAsync()) { }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return _seen.Count(match);
    }

    private async Task<bool> TryReadOneAsync()
    {
        var delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
        if (delivery is null) return false;
        using var envelope = JsonDocument.Parse(delivery.Body);
        _seen.Add(envelope.RootElement.GetProperty("message").Clone());
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
