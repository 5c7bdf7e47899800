using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Messaging;

/// <summary>STEP 3 begins: mails the mypage sign-in code. A code that expired on the way is not sent.</summary>
public sealed class SendSignInEmailCodeConsumer(EmailDispatcher email, TimeProvider clock) : IConsumer<SendSignInEmailCode>
{
    public Task Consume(ConsumeContext<SendSignInEmailCode> context)
    {
        var command = context.Message;
        return email.SendAsync(context.CommandId(), SignInEmailCodeTemplate.Name, command.To, command.Culture,
            SignInEmailCodeTemplate.Render(command, clock.GetUtcNow()), command.ExpiresAt, context.CancellationToken);
    }
}
