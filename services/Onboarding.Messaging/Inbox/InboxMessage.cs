namespace Onboarding.Messaging.Inbox;

/// <summary>A message a consumer has handled; written in the same transaction as the consumer's effects.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    /// <summary>The receive endpoint (queue) that handled it: one message may reach several consumers.</summary>
    public required string Consumer { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
