using System.Collections.Concurrent;
using System.Text.Json;
using Onboarding.Contracts;
using RabbitMQ.Client;

namespace Onboarding.Testing.Messaging;

/// <summary>
/// Reads the commands a service sent to notification's queue straight from RabbitMQ, for tests in which notification
/// itself does not run: a test sees a code exactly as notification would receive it. It takes every message it reads
/// off the queue, so the tests that use it take turns (one xUnit collection per test project).
/// </summary>
public sealed class NotificationQueueTap(string brokerConnectionString)
{
    private readonly ConcurrentQueue<JsonElement> _seen = new();

    /// <summary>The <c>message</c> part of every command read so far, in arrival order.</summary>
    public IEnumerable<JsonElement> Seen => _seen;

    /// <summary>The first command whose <c>message</c> satisfies <paramref name="match"/>, waiting for it to arrive.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerConnectionString) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        IConnection? connection = null;
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                var found = _seen.FirstOrDefault(match);
                if (found.ValueKind != JsonValueKind.Undefined) return found;
                connection ??= await factory.CreateConnectionAsync();
                bool took;
                try
                {
                    took = await TryTakeOneAsync(connection);
                }
                catch (RabbitMQ.Client.Exceptions.AlreadyClosedException)
                {
                    // A quorum queue still starting (a service's host declaring it meanwhile) answers basic.get by
                    // closing the whole connection (541 INTERNAL_ERROR, noproc): nothing taken, so connect again.
                    await connection.DisposeAsync();
                    connection = null;
                    took = false;
                }
                if (!took) await Task.Delay(50);
            }
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
        throw new TimeoutException("The expected command never reached the notification queue.");
    }

    private async Task<bool> TryTakeOneAsync(IConnection connection)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var delivery = await channel.BasicGetAsync(QueueNames.Notification, autoAck: true);
            if (delivery is null) return false;
            using var envelope = JsonDocument.Parse(delivery.Body);
            _seen.Enqueue(envelope.RootElement.GetProperty("message").Clone());
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false; // the queue does not exist until the first command is sent to it
        }
    }
}
