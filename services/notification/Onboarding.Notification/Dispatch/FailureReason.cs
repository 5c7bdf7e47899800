using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// Turns an exception into the reason stored in the delivery log and written to logs: short, and with any e-mail
/// address or phone number masked (mail servers like to quote the recipient: <c>550 &lt;taro@…&gt; rejected</c>).
/// </summary>
public static partial class FailureReason
{
    private const int MaxLength = 1024;

    public static string Describe(Exception exception)
    {
        var text = exception switch
        {
            SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}",
            SocketException socket => $"{socket.SocketErrorCode}: {socket.Message}",
            _ when exception.InnerException is SocketException socket => $"{socket.SocketErrorCode}: {socket.Message}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        return Truncate(Sanitize(text));
    }

    /// <summary>Masks e-mail addresses and phone numbers in free text.</summary>
    public static string Sanitize(string text)
    {
        var masked = EmailAddress().Replace(text, match => EmailMasking.Mask(match.Value));
        return PhoneNumber().Replace(masked, match => PhoneMasking.Mask(match.Value));
    }

    private static string Truncate(string text) => text.Length <= MaxLength ? text : text[..MaxLength];

    [GeneratedRegex(@"[^\s<>""'(),;:\[\]]+@[^\s<>""'(),;:\[\]]+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\+\d{7,15}")]
    private static partial Regex PhoneNumber();
}
