namespace Onboarding.Notification.Email;

/// <summary>A rendered mail ready to go out.</summary>
public sealed record OutgoingEmail(string To, string Subject, string TextBody, Guid MessageId);

public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
