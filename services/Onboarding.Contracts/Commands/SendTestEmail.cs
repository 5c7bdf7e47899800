namespace Onboarding.Contracts.Commands;

/// <summary>
/// Asks <c>notification</c> to send a short delivery-check mail, so an operator can prove the whole path
/// (service → outbox → RabbitMQ → notification → SMTP) works. Sent to <see cref="QueueNames.Notification"/>.
/// </summary>
public sealed record SendTestEmail(
    Guid RequestId,
    string To,
    string Culture);
