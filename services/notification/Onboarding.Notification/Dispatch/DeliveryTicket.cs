using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// What the delivery log knows about one command: never the body, code or full address — the address only masked and
/// as its keyed hash (<see cref="RecipientHasher"/>; null without a key in Development).
/// </summary>
public sealed record DeliveryTicket(Guid CommandId, DeliveryChannel Channel, string Template, string RecipientMasked, byte[]? RecipientHash = null);
