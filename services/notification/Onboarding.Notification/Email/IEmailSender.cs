using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Email;

/// <summary>A rendered mail ready to go out. <paramref name="MessageId"/> becomes the stable Message-ID header.</summary>
public sealed record OutgoingEmail(string To, string Subject, string TextBody, MessageLanguage Language, Guid MessageId);

public interface IEmailSender
{
    /// <summary>Hands the mail to the server; throws when it was not accepted (see <see cref="SmtpFailures"/>).</summary>
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
