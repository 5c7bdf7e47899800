namespace Onboarding.Notification.Infrastructure;

/// <summary>The delivery log: one row per mail we were asked to send. Holds no message body or code.</summary>
public sealed class EmailDelivery
{
    public Guid Id { get; init; }

    /// <summary>The command's message id: the same command never makes a second row.</summary>
    public Guid CommandId { get; init; }

    public required string Template { get; init; }

    /// <summary>Masked recipient, for operators; the full address is never stored in the log.</summary>
    public required string RecipientMasked { get; init; }

    public EmailDeliveryStatus Status { get; set; }

    public string? FailureReason { get; set; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }
}

public enum EmailDeliveryStatus
{
    Queued,
    Sent,
    Failed,
}
