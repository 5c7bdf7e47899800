using System.Collections.Concurrent;
using System.Text.Json;
using Onboarding.Contracts;
using RabbitMQ.Client;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Reads the commands membership sent to notification's queue straight from RabbitMQ (notification itself does not
/// run in these tests), so a test sees the passcode exactly as notification would receive it.
/// </summary>
public sealed class NotificationQueueTap(string brokerConnectionString)
{
    private readonly ConcurrentBag<JsonElement> _seen = [];

    /// <summary>The first command whose <c>message</c> satisfies <paramref name="match"/>, waiting for it to arrive.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var found = _seen.FirstOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined) return found;
            if (!await TryTakeOneAsync(connection)) await Task.Delay(50);
        }
        throw new TimeoutException("The expected command never reached the notification queue.");
    }

    public async Task<string> PasscodeForAsync(Guid challengeId)
    {
        var command = await WaitForAsync(m => m.TryGetProperty("challengeId", out var id) && id.GetGuid() == challengeId);
        return command.GetProperty("passcode").GetString()!;
    }

    private async Task<bool> TryTakeOneAsync(IConnection connection)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var delivery = await channel.BasicGetAsync(QueueNames.Notification, autoAck: true);
            if (delivery is null) return false;
            using var envelope = JsonDocument.Parse(delivery.Body);
            _seen.Add(envelope.RootElement.GetProperty("message").Clone());
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false; // the queue does not exist until the first command is sent to it
        }
    }
}
