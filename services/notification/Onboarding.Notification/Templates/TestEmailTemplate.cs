using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>The operator's delivery check: proves that mail from this service reaches an address.</summary>
public static class TestEmailTemplate
{
    public const string Name = "test-email";

    public static RenderedEmail Render(SendTestEmail command)
    {
        var language = MessageLanguages.FromCulture(command.Culture);
        return language == MessageLanguage.English
            ? new RenderedEmail("Delivery check from the University Co-op onboarding service", $"""
                {Signature.Greeting(language)}

                This is a delivery check. If you can read it, mail from the University Co-op onboarding service reaches you.

                {Signature.Footer(language)}

                """)
            : new RenderedEmail("【大学生協】メール配信確認", $"""
                {Signature.Greeting(language)}

                このメールは配信確認のためのものです。このメールが届いていれば、大学生協の登録案内メールを受信できます。

                {Signature.Footer(language)}

                """);
    }
}
