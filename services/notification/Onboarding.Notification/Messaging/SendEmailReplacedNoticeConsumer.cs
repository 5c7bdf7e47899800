using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>STEP 1: tells the previous address that a new one replaced it.</summary>
public sealed class SendEmailReplacedNoticeConsumer(EmailDispatcher email) : IConsumer<SendEmailReplacedNotice>
{
    public Task Consume(ConsumeContext<SendEmailReplacedNotice> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), EmailReplacedNoticeTemplate.Name, command.To, command.Culture,
            EmailReplacedNoticeTemplate.Render(command), expiresAt: null, context.CancellationToken);
    }
}
