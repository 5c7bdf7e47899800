using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>After a reset: tells the account's address that its password was changed.</summary>
public sealed class SendPasswordChangedNoticeConsumer(EmailDispatcher email) : IConsumer<SendPasswordChangedNotice>
{
    public Task Consume(ConsumeContext<SendPasswordChangedNotice> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), PasswordChangedNoticeTemplate.Name, command.To, command.Culture,
            PasswordChangedNoticeTemplate.Render(command), expiresAt: null, context.CancellationToken);
    }
}
