using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>After the member deleted the portal account: tells its address that it is gone.</summary>
public sealed class SendPortalAccountDeletedNoticeConsumer(EmailDispatcher email) : IConsumer<SendPortalAccountDeletedNotice>
{
    public Task Consume(ConsumeContext<SendPortalAccountDeletedNotice> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), PortalAccountDeletedNoticeTemplate.Name, command.To, command.Culture,
            PortalAccountDeletedNoticeTemplate.Render(command), expiresAt: null, context.CancellationToken);
    }
}
