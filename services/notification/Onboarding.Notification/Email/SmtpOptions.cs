namespace Onboarding.Notification.Email;

/// <summary>The outgoing mail server: smtp4dev in development, the co-op's relay in production.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";
    public int Port { get; set; }

    /// <summary>None, StartTls or SslOnConnect (MailKit's SecureSocketOptions names); Auto when empty.</summary>
    public string Security { get; set; } = "None";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@onboarding.univcoop.example";
    public string FromName { get; set; } = "大学生協 加入情報受付";
}
