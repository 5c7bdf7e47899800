using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Onboarding.Messaging.Outbox;

/// <summary>
/// How a service emits messages: add them to its DbContext, then <c>SaveChanges</c> commits them together with
/// the state change. Nothing reaches RabbitMQ unless that transaction commits.
/// </summary>
public static class OutboxWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Publishes an integration event (a fact other parts may react to) once the transaction commits.</summary>
    /// <returns>The message id the consumers will see.</returns>
    public static Guid PublishThroughOutbox<TEvent>(this DbContext db, TEvent message, TimeProvider? clock = null)
        where TEvent : class =>
        Add(db, Create(message, destination: null, clock ?? TimeProvider.System));

    /// <summary>Sends a command to exactly one queue once the transaction commits.</summary>
    /// <returns>The message id the consumer will see.</returns>
    public static Guid SendThroughOutbox<TCommand>(this DbContext db, string queue, TCommand message, TimeProvider? clock = null)
        where TCommand : class =>
        Add(db, Create(message, queue, clock ?? TimeProvider.System));

    private static Guid Add(DbContext db, OutboxMessage message)
    {
        db.Set<OutboxMessage>().Add(message);
        return message.Id;
    }

    private static OutboxMessage Create<T>(T message, string? destination, TimeProvider clock) where T : class
    {
        var now = clock.GetUtcNow();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            MessageType = typeof(T).FullName ?? throw new ArgumentException("Message types need a full name.", nameof(message)),
            Destination = destination,
            Body = JsonSerializer.Serialize(message, Json),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
