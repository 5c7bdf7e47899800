using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>A reminder wave's mail to one member not yet done.</summary>
public sealed class SendDeadlineReminderConsumer(EmailDispatcher email) : IConsumer<SendDeadlineReminder>
{
    public Task Consume(ConsumeContext<SendDeadlineReminder> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), DeadlineReminderTemplate.Name, command.To, command.Culture,
            DeadlineReminderTemplate.Render(command), expiresAt: null, context.CancellationToken);
    }
}
