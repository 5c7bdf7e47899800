using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Email;

/// <summary>Sends over SMTP with MailKit; host, port, TLS and credentials come from <see cref="SmtpOptions"/>.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    private readonly SmtpOptions _smtp = options.Value;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage();
        var fromName = email.Language == MessageLanguage.English ? _smtp.FromNameEnglish : _smtp.FromName;
        message.From.Add(new MailboxAddress(fromName, _smtp.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        // A stable Message-ID lets the receiving side (and our tests) recognise a resend of the same mail.
        message.MessageId = $"{email.MessageId:N}@onboarding";
        message.Headers.Add(HeaderId.ContentLanguage, email.Language.Tag());
        message.Body = new TextPart("plain") { Text = email.TextBody };

        using var client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(_smtp.Host, _smtp.Port, _smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.UserName))
        {
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
