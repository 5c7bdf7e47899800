using Onboarding.Contracts.Commands;

namespace Onboarding.Notification.Infrastructure;

/// <summary>
/// A message the development phone sink "sent": what a real SMS or voice provider would have delivered.
/// Development and test data only (it holds the number and the code); the table stays empty in production.
/// </summary>
public sealed class PhoneMessage
{
    public Guid Id { get; init; }

    public PhoneChannel Channel { get; init; }

    /// <summary>E.164, e.g. <c>+819012345678</c>.</summary>
    public required string To { get; init; }

    /// <summary>The SMS text, or the script the voice call reads.</summary>
    public required string Text { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
