using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>Sends the operator's delivery-check mail.</summary>
public sealed class SendTestEmailConsumer(EmailDispatcher email) : IConsumer<SendTestEmail>
{
    public Task Consume(ConsumeContext<SendTestEmail> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), TestEmailTemplate.Name, command.To, command.Culture,
            TestEmailTemplate.Render(command), expiresAt: null, context.CancellationToken);
    }
}
