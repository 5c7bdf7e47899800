using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>アカウント設定: mails the code confirming a new address to it. A code that expired on the way is not sent.</summary>
public sealed class SendEmailChangeCodeConsumer(EmailDispatcher email, TimeProvider clock) : IConsumer<SendEmailChangeCode>
{
    public Task Consume(ConsumeContext<SendEmailChangeCode> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), EmailChangeCodeTemplate.Name, command.To, command.Culture,
            EmailChangeCodeTemplate.Render(command, clock.GetUtcNow()), command.ExpiresAt, context.CancellationToken);
    }
}

/// <summary>アカウント設定: tells the previous address that the portal account now uses another one.</summary>
public sealed class SendEmailChangedNoticeConsumer(EmailDispatcher email) : IConsumer<SendEmailChangedNotice>
{
    public Task Consume(ConsumeContext<SendEmailChangedNotice> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), EmailChangedNoticeTemplate.Name, command.To, command.Culture,
            EmailChangedNoticeTemplate.Render(command), expiresAt: null, context.CancellationToken);
    }
}
