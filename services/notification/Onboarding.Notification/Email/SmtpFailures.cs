using MailKit.Net.Smtp;
using MimeKit;

namespace Onboarding.Notification.Email;

/// <summary>
/// Which SMTP failures are permanent. A 5xx reply to the recipient or the message (550 mailbox unknown, 552 too
/// large, 554 rejected) will be the same on every retry, and so will an address that does not parse: those are
/// recorded as failed and not retried. Everything else (connection refused or dropped, timeouts, 4xx replies, TLS
/// or authentication trouble, a rejected sender — the last three are our configuration, which an operator can fix
/// before re-driving the command from the error queue) is treated as transient.
/// </summary>
public static class SmtpFailures
{
    public static bool IsPermanent(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } smtp
            => (int)smtp.StatusCode is >= 500 and < 600,
        ParseException => true,
        _ => false,
    };
}
