using System.Text.Json;
using Onboarding.AppHost;
using RabbitMQ.Client;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Listens to one published integration event on the system's own broker, as another co-op system would: an exclusive
/// queue bound to the event's fanout exchange (MassTransit names it <c>Onboarding.Contracts.Events:&lt;Type&gt;</c>).
/// Unlike the shared <c>EventTap</c> it keeps every message, so a test can count them ("published exactly once").
/// Start it before the action that publishes: a queue sees only what is published after it is bound.
/// </summary>
public sealed class EventRecorder : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly List<JsonElement> _messages = [];

    private EventRecorder(string eventType, IConnection connection, IChannel channel, string queue)
    {
        EventType = eventType;
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public string EventType { get; }

    public static async Task<EventRecorder> StartAsync(SystemFixture system, string eventType)
    {
        var connectionString = await system.App.GetConnectionStringAsync(ResourceNames.RabbitMq)
            ?? throw new InvalidOperationException("The system has no RabbitMQ connection string.");
        var exchange = $"Onboarding.Contracts.Events:{eventType}";
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return new EventRecorder(eventType, connection, channel, queue);
    }

    /// <summary>Every message received so far (the <c>message</c> of MassTransit's envelope).</summary>
    public async Task<IReadOnlyList<JsonElement>> DrainAsync()
    {
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } delivery)
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            _messages.Add(envelope.RootElement.GetProperty("message").Clone());
        }
        return _messages;
    }

    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(90);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var found = (await DrainAsync()).Where(match).ToList();
            if (found.Count > 0) return found[0];
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching {EventType} within {limit.TotalSeconds:0} s; received: " +
                    string.Join(" | ", _messages.Select(m => m.GetRawText())));
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>The messages matching <paramref name="match"/> after waiting <paramref name="quiet"/> for late duplicates.</summary>
    public async Task<IReadOnlyList<JsonElement>> AllAfterAsync(TimeSpan quiet, Func<JsonElement, bool> match)
    {
        var until = DateTime.UtcNow + quiet;
        while (DateTime.UtcNow < until)
        {
            await DrainAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        return (await DrainAsync()).Where(match).ToList();
    }

    public static Func<JsonElement, bool> ForMember(Guid memberId) =>
        message => message.TryGetProperty("memberId", out var id) && id.GetGuid() == memberId;

    public static Func<JsonElement, bool> ForMemberNumber(string memberNumber) =>
        message => message.TryGetProperty("memberNumber", out var number) && number.GetString() == memberNumber;

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
