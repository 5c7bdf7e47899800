using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Email;

/// <summary>Sends a rendered mail for a command through the delivery log (see <see cref="DeliveryRunner"/>).</summary>
public sealed class EmailDispatcher(DeliveryRunner runner, IEmailSender sender, RecipientHasher hasher)
{
    public Task SendAsync(
        Guid commandId,
        string template,
        string to,
        string culture,
        RenderedEmail email,
        DateTimeOffset? expiresAt,
        CancellationToken cancellationToken)
    {
        var ticket = new DeliveryTicket(commandId, DeliveryChannel.Email, template, EmailMasking.Mask(to),
            hasher.Hash(RecipientAddress.Email(to)));
        var outgoing = new OutgoingEmail(to, email.Subject, email.TextBody, MessageLanguages.FromCulture(culture), commandId);
        return runner.RunAsync(ticket, expiresAt, token => sender.SendAsync(outgoing, token), SmtpFailures.IsPermanent, cancellationToken);
    }
}
