using System.Collections.Concurrent;
using System.Text.Json;
using Onboarding.Contracts;
using RabbitMQ.Client;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// Reads the commands identity-portal sent to notification's queue straight from RabbitMQ (notification itself does not
/// run in these tests), so a test sees the code exactly as notification would receive it.
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

    /// <summary>The e-mail code of the <paramref name="nth"/> (1-based) <c>SendPortalEmailCode</c> for this sign-up.</summary>
    public async Task<string> CodeForAsync(Guid signupId, int nth = 1)
    {
        await WaitForAsync(m => CodesFor(signupId).Count() >= nth);
        return CodesFor(signupId).ElementAt(nth - 1).GetProperty("code").GetString()!;
    }

    private IEnumerable<JsonElement> CodesFor(Guid signupId) =>
        _seen.Where(m => m.TryGetProperty("signupId", out var id) && id.GetGuid() == signupId)
            .OrderBy(m => m.GetProperty("expiresAt").GetDateTimeOffset());

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
