using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Phone;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>
/// A wave's reminder by SMS to a member with a verified phone (sent by identity-portal). Once per command through the
/// delivery log, and not at all after the last day: a reminder of a deadline that has passed would only confuse.
/// </summary>
public sealed class SendDeadlineReminderSmsConsumer(PhoneDispatcher phone) : IConsumer<SendDeadlineReminderSms>
{
    public Task Consume(ConsumeContext<SendDeadlineReminderSms> context)
    {
        var command = context.Message;
        return phone.SendAsync(context.CommandId(), PhoneChannel.Sms, DeadlineReminderSmsTemplate.Name, command.PhoneNumberE164,
            command.Culture, DeadlineReminderSmsTemplate.Render(command), spokenParts: null,
            DeadlineReminderSmsTemplate.ExpiresAt(command), context.CancellationToken);
    }
}
