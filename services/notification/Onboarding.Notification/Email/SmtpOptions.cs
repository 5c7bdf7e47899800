using MailKit.Security;

namespace Onboarding.Notification.Email;

/// <summary>
/// Configuration section <c>Smtp</c>, the outgoing mail server: smtp4dev in development (the AppHost sets
/// <c>Smtp__Host</c> and <c>Smtp__Port</c>), the co-op's relay in production.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; }

    /// <summary>
    /// MailKit's <see cref="SecureSocketOptions"/>: <c>None</c>, <c>Auto</c> (TLS on 465, STARTTLS when the server
    /// offers it), <c>StartTls</c> (required; use it for a real relay) or <c>SslOnConnect</c>.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Set both to authenticate; empty for a relay that trusts the network (and for smtp4dev).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Connect, command and data timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string FromAddress { get; set; } = "no-reply@onboarding.univcoop.example";

    /// <summary>Display name of the sender in Japanese mails.</summary>
    public string FromName { get; set; } = "大学生協 加入情報受付";

    /// <summary>Display name of the sender in English mails.</summary>
    public string FromNameEnglish { get; set; } = "University Co-op Onboarding";
}
