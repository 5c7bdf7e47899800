using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>STEP 1: mails the 6-digit passcode with the link to the code page. A code that expired on the way is not sent.</summary>
public sealed class SendPasscodeEmailConsumer(EmailDispatcher email, TimeProvider clock) : IConsumer<SendPasscodeEmail>
{
    public Task Consume(ConsumeContext<SendPasscodeEmail> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), PasscodeEmailTemplate.Name, command.To, command.Culture,
            PasscodeEmailTemplate.Render(command, clock.GetUtcNow()), command.ExpiresAt, context.CancellationToken);
    }
}
