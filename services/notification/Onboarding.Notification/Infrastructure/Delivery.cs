namespace Onboarding.Notification.Infrastructure;

/// <summary>
/// The delivery log: one row per command we were asked to deliver (e-mail, SMS or voice call), keyed by the
/// command's message id. Holds no message body, code or full address: operators see the masked recipient, the
/// outcome, how many attempts it took and why the last one failed.
/// </summary>
public sealed class Delivery
{
    public Guid Id { get; init; }

    /// <summary>The command's message id: the same command never makes a second row, and a row that is
    /// <see cref="DeliveryStatus.Sent"/> makes a redelivered command send nothing.</summary>
    public Guid CommandId { get; init; }

    public DeliveryChannel Channel { get; init; }

    public required string Template { get; init; }

    /// <summary>Masked recipient (<c>sho*****@univcoop-tokai.jp</c>, <c>+81******5678</c>).</summary>
    public required string RecipientMasked { get; init; }

    /// <summary>
    /// HMAC-SHA256 of the normalised recipient under <c>Notification:RecipientKey</c> (<c>RecipientHasher</c>), so the
    /// help desk can find deliveries by an address it knows; null for rows written before it existed, or without a key.
    /// </summary>
    public byte[]? RecipientHash { get; init; }

    public DeliveryStatus Status { get; set; }

    /// <summary>SMTP or provider attempts made so far (0 while only queued).</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed (addresses masked); cleared once sent.</summary>
    public string? FailureReason { get; set; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The provider's id of the message or call (Twilio's <c>SM…</c> / <c>CA…</c>), from its first status callback.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>
    /// What the provider last reported after accepting it, as the provider words it: for SMS <c>queued</c>,
    /// <c>sent</c>, <c>delivered</c>, <c>undelivered</c>, <c>failed</c>; for a call <c>completed</c>, <c>busy</c>,
    /// <c>no-answer</c>, <c>failed</c>. <see cref="Status"/> stays <see cref="DeliveryStatus.Sent"/> (we handed it
    /// over; the command is done); this says whether it reached the phone.
    /// </summary>
    public string? ProviderStatus { get; set; }

    /// <summary>The provider's error code with that status (Twilio's 30003 "unreachable handset", ...).</summary>
    public int? ProviderErrorCode { get; set; }

    public DateTimeOffset? ProviderStatusAt { get; set; }
}

public enum DeliveryChannel
{
    Email,
    Sms,
    Voice,
}

/// <summary>
/// <see cref="Queued"/>: received, not delivered yet (a transient failure may be being retried).
/// <see cref="Sent"/>: the mail server or phone provider accepted it.
/// <see cref="Failed"/>: the last attempt failed; <c>FailureReason</c> says why. A permanent failure (recipient
/// rejected, expired code) is final; after transient failures the command is retried by the bus and then waits in
/// the queue's <c>_error</c> queue, so a failed row may still become sent.
/// </summary>
public enum DeliveryStatus
{
    Queued,
    Sent,
    Failed,
}
