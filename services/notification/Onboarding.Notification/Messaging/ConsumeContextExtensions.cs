using MassTransit;

namespace Onboarding.Notification.Messaging;

internal static class ConsumeContextExtensions
{
    /// <summary>The command's message id, which the inbox and the delivery log deduplicate on.</summary>
    public static Guid CommandId(this ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("Commands without a MessageId cannot be deduplicated.");
}
