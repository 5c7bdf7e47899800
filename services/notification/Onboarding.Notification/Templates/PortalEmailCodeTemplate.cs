using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>STEP 2's 確認コード mail: the portal sign-up's verification code, how long it is valid, and what to do if unasked.</summary>
public static class PortalEmailCodeTemplate
{
    public const string Name = "portal-email-code";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイポータル登録の確認コード",
        "University Co-op My Portal: your verification code");

    // {0} the code, {1} how long it is valid, {2} until when.
    private static readonly LocalizedText Body = new(
        """
        マイポータルへの登録(STEP 2)をご利用いただきありがとうございます。登録画面に以下の確認コードを入力し、「コードの確認」をクリックしてください。

        確認コード: {0}

        この確認コードの有効期限は{1}です({2}まで)。期限を過ぎた場合は、登録画面から確認コードを再度送信してください。

        このメールにお心当たりのない場合は、お手数ですが破棄してください。確認コードは誰にも教えないでください。
        """,
        """
        Thank you for signing up to the University Co-op My Portal (STEP 2). Enter this verification code on the sign-up page and press "Verify code".

        Verification code: {0}

        The code is valid for {1} (until {2}). After that, send yourself a new code from the sign-up page.

        If you did not sign up, please ignore and delete this e-mail, and do not share the code with anyone.
        """);

    public static RenderedEmail Render(SendPortalEmailCode command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, command.Code,
            Validity.Of(command.ExpiresAt, now, culture), JapanTime.Format(command.ExpiresAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
