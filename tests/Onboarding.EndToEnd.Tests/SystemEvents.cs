using System.Text.Json;
using Onboarding.AppHost;
using Onboarding.Testing.Messaging;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Our integration events on the running system's own broker, heard as another co-op system would
/// (<see cref="EventTap"/>), and the matches the journey tests look for.
/// </summary>
public static class SystemEvents
{
    /// <summary>Events arrive asynchronously after the member's click; a slow machine needs the room.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Start before the action that publishes: the tap sees only what is published after it is bound.</summary>
    public static async Task<EventTap> TapAsync(SystemFixture system, string eventType)
    {
        var connectionString = await system.App.GetConnectionStringAsync(ResourceNames.RabbitMq)
            ?? throw new InvalidOperationException("The system has no RabbitMQ connection string.");
        return await EventTap.StartAsync(connectionString, EventTap.ExchangeOf(eventType));
    }

    public static Func<JsonElement, bool> ForMember(Guid memberId) =>
        message => message.TryGetProperty("memberId", out var id) && id.GetGuid() == memberId;

    public static Func<JsonElement, bool> ForMemberNumber(string memberNumber) =>
        message => message.TryGetProperty("memberNumber", out var number) && number.GetString() == memberNumber;
}
