using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>STEP 2's 確認コード mail: the portal sign-up's verification code, how long it is valid, and what to do if unasked.</summary>
public static class PortalEmailCodeTemplate
{
    public const string Name = "portal-email-code";

    public const string JapaneseSubject = "【大学生協】マイポータル登録の確認コード";

    public const string EnglishSubject = "University Co-op My Portal: your verification code";

    public static RenderedEmail Render(SendPortalEmailCode command, DateTimeOffset now)
    {
        var language = MessageLanguages.FromCulture(command.Culture);
        var minutes = JapanTime.MinutesUntil(command.ExpiresAt, now);
        return language == MessageLanguage.English
            ? new RenderedEmail(EnglishSubject, $"""
                {Signature.Greeting(language)}

                Thank you for signing up to the University Co-op My Portal (STEP 2). Enter this verification code on the sign-up page and press "Verify code".

                Verification code: {command.Code}

                The code is valid for {minutes} {(minutes == 1 ? "minute" : "minutes")} (until {JapanTime.FormatEnglish(command.ExpiresAt)}). After that, send yourself a new code from the sign-up page.

                If you did not sign up, please ignore and delete this e-mail, and do not share the code with anyone.

                {Signature.Footer(language)}

                """)
            : new RenderedEmail(JapaneseSubject, $"""
                {Signature.Greeting(language)}

                マイポータルへの登録(STEP 2)をご利用いただきありがとうございます。登録画面に以下の確認コードを入力し、「コードの確認」をクリックしてください。

                確認コード: {command.Code}

                この確認コードの有効期限は{minutes}分です({JapanTime.FormatJapanese(command.ExpiresAt)}まで)。期限を過ぎた場合は、登録画面から確認コードを再度送信してください。

                このメールにお心当たりのない場合は、お手数ですが破棄してください。確認コードは誰にも教えないでください。

                {Signature.Footer(language)}

                """);
    }
}
