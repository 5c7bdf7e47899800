using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>STEP 2: mails the portal sign-up's verification code. A code that expired on the way is not sent.</summary>
public sealed class SendPortalEmailCodeConsumer(EmailDispatcher email, TimeProvider clock) : IConsumer<SendPortalEmailCode>
{
    public Task Consume(ConsumeContext<SendPortalEmailCode> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), PortalEmailCodeTemplate.Name, command.To, command.Culture,
            PortalEmailCodeTemplate.Render(command, clock.GetUtcNow()), command.ExpiresAt, context.CancellationToken);
    }
}
