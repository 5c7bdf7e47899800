namespace Onboarding.Messaging.Outbox;

/// <summary>
/// A message waiting to reach RabbitMQ, written in the same transaction as the state change it announces.
/// The relay deletes the row once the broker has confirmed it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Also the MassTransit message id, which the consumers' inbox deduplicates on.</summary>
    public Guid Id { get; init; }

    /// <summary>Insertion order; the relay sends oldest first.</summary>
    public long Sequence { get; init; }

    /// <summary>Full name of a type in Onboarding.Contracts.</summary>
    public required string MessageType { get; init; }

    /// <summary>Queue name for a command (MassTransit send); null for an event (publish).</summary>
    public string? Destination { get; init; }

    public required string Body { get; init; }

    /// <summary>W3C traceparent of the request that wrote the message, so the consumer joins its trace.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The last broker error, for operators; never message content.</summary>
    public string? LastError { get; set; }
}
