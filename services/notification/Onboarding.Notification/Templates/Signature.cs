using System.Globalization;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>Who the mails come from, and the greeting and closing every mail shares.</summary>
internal static class Signature
{
    private static readonly LocalizedText Sender = new("生活協同組合連合会大学生協事業連合", "University Co-op Business Federation");

    private static readonly LocalizedText Greeting = new("こんにちは。{0}です。", "Hello. This is the {0}.");

    private static readonly LocalizedText Footer = new(
        """
        ※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

        {0}
        """,
        """
        This e-mail was sent from a send-only address. Replies cannot be answered.

        {0}
        """);

    /// <summary>A mail's whole text: the greeting, the template's paragraphs, the closing.</summary>
    public static string Letter(CultureInfo culture, string paragraphs)
    {
        var sender = Sender.In(culture);
        return $"{Greeting.Format(culture, sender)}\n\n{paragraphs}\n\n{Footer.Format(culture, sender)}\n";
    }
}
