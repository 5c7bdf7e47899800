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
        var now = clock.GetUtcNow();
        IReadOnlyList<string>? spoken = command.Channel == PhoneChannel.Voice ? PhoneCodeTemplate.RenderVoiceParts(command, now) : null;
        var text = spoken is null ? PhoneCodeTemplate.RenderSms(command, now) : string.Concat(spoken);
        return phone.SendAsync(context.CommandId(), command.Channel, PhoneCodeTemplate.Name(command.Channel),
            command.PhoneNumberE164, command.Culture, text, spoken, command.ExpiresAt, context.CancellationToken);
    }
}
