using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>The operator's delivery check: proves that mail from this service reaches an address.</summary>
public static class TestEmailTemplate
{
    public const string Name = "test-email";

    public static readonly LocalizedText Subject = new(
        "【大学生協】メール配信確認",
        "Delivery check from the University Co-op onboarding service");

    private static readonly LocalizedText Body = new(
        "このメールは配信確認のためのものです。このメールが届いていれば、大学生協の登録案内メールを受信できます。",
        "This is a delivery check. If you can read it, mail from the University Co-op onboarding service reaches you.");

    public static RenderedEmail Render(SendTestEmail command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, Body.In(culture)));
    }
}
