using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Phone;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>STEP 2: the phone verification code by SMS, or by a voice call that reads it digit by digit, twice.</summary>
public sealed class SendPhoneCodeConsumer(PhoneDispatcher phone, TimeProvider clock) : IConsumer<SendPhoneCode>
{
    public Task Consume(ConsumeContext<SendPhoneCode> context)
    {
        var command = context.Message;
        return phone.SendAsync(context.CommandId(), command.Channel, PhoneCodeTemplate.Name(command.Channel),
            command.PhoneNumberE164, command.Culture, PhoneCodeTemplate.Render(command, clock.GetUtcNow()),
            command.ExpiresAt, context.CancellationToken);
    }
}
