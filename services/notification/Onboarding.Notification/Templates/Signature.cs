using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>Who the mails come from, and the closing every mail shares.</summary>
internal static class Signature
{
    public static string Sender(MessageLanguage language) => language == MessageLanguage.English
        ? "University Co-op Business Federation"
        : "生活協同組合連合会大学生協事業連合";

    public static string Greeting(MessageLanguage language) => language == MessageLanguage.English
        ? $"Hello. This is the {Sender(language)}."
        : $"こんにちは。{Sender(language)}です。";

    public static string Footer(MessageLanguage language) => language == MessageLanguage.English
        ? $"""
          This e-mail was sent from a send-only address. Replies cannot be answered.

          {Sender(language)}
          """
        : $"""
          ※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

          {Sender(language)}
          """;
}
