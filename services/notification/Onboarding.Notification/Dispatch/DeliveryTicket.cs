using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Dispatch;

/// <summary>What the delivery log knows about one command: never the body, code or full address.</summary>
public sealed record DeliveryTicket(Guid CommandId, DeliveryChannel Channel, string Template, string RecipientMasked);
