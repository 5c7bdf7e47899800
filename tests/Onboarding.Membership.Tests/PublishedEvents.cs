using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Like <see cref="Onboarding.Testing.Messaging.EventTap"/> (a queue of the test's own bound to the event's exchange),
/// but keeps every delivery, so a test can say how many times an event was published, not only that it was.
/// </summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly ConcurrentQueue<JsonElement> _seen = new();

    private PublishedEvents(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<PublishedEvents> StartAsync(string brokerConnectionString, string eventType)
    {
        var exchange = $"Onboarding.Contracts.Events:{eventType}";
        var connection = await new ConnectionFactory { Uri = new Uri(brokerConnectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return new PublishedEvents(connection, channel, queue);
    }

    /// <summary>The first matching event, waiting for it to be published.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var found = _seen.FirstOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined) return found;
            if (!await TryReadOneAsync()) await Task.Delay(50);
        }
        throw new TimeoutException("The expected event was never published.");
    }

    /// <summary>How many matching events were published, after reading everything that arrives within <paramref name="settle"/>.</summary>
    public async Task<int> CountAsync(Func<JsonElement, bool> match, TimeSpan settle)
    {
        var deadline = DateTime.UtcNow + settle;
        while (DateTime.UtcNow < deadline)
        {
            if (!await TryReadOneAsync()) await Task.Delay(50);
        }
        return _seen.Count(match);
    }

    private async Task<bool> TryReadOneAsync()
    {
        var delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
        if (delivery is null) return false;
        using var envelope = JsonDocument.Parse(delivery.Body);
        _seen.Enqueue(envelope.RootElement.GetProperty("message").Clone());
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
