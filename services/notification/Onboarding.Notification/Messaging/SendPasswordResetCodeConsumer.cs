using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>パスワードをお忘れの方: mails the reset code. A code that expired on the way is not sent.</summary>
public sealed class SendPasswordResetCodeConsumer(EmailDispatcher email, TimeProvider clock) : IConsumer<SendPasswordResetCode>
{
    public Task Consume(ConsumeContext<SendPasswordResetCode> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), PasswordResetCodeTemplate.Name, command.To, command.Culture,
            PasswordResetCodeTemplate.Render(command, clock.GetUtcNow()), command.ExpiresAt, context.CancellationToken);
    }
}
