using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>STEP 3's sign-in 確認コード mail: the code for the co-op mypage, how long it is valid, and what to do if unasked.</summary>
public static class SignInEmailCodeTemplate
{
    public const string Name = "sign-in-email-code";

    public const string JapaneseSubject = "【大学生協】マイページ サインインの確認コード";

    public const string EnglishSubject = "University Co-op mypage: your sign-in code";

    public static RenderedEmail Render(SendSignInEmailCode command, DateTimeOffset now)
    {
        var language = MessageLanguages.FromCulture(command.Culture);
        var minutes = JapanTime.MinutesUntil(command.ExpiresAt, now);
        return language == MessageLanguage.English
            ? new RenderedEmail(EnglishSubject, $"""
                {Signature.Greeting(language)}

                Someone (we hope you) asked to sign in to the co-op mypage with this address (STEP 3, e-money authentication). Enter this code on the sign-in page and press "Verify code", then "Continue".

                Sign-in code: {command.Code}

                The code is valid for {minutes} {(minutes == 1 ? "minute" : "minutes")} (until {JapanTime.FormatEnglish(command.ExpiresAt)}). After that, send yourself a new code from the sign-in page.

                If you did not try to sign in, please ignore and delete this e-mail, and do not share the code with anyone.

                {Signature.Footer(language)}

                """)
            : new RenderedEmail(JapaneseSubject, $"""
                {Signature.Greeting(language)}

                このメールアドレスで大学生協マイページへのサインイン(STEP 3 PokePay認証)が行われました。サインイン画面に以下の確認コードを入力し、「コードの確認」をクリックしてから「続行」をクリックしてください。

                確認コード: {command.Code}

                この確認コードの有効期限は{minutes}分です({JapanTime.FormatJapanese(command.ExpiresAt)}まで)。期限を過ぎた場合は、サインイン画面から確認コードを再度送信してください。

                このメールにお心当たりのない場合は、お手数ですが破棄してください。確認コードは誰にも教えないでください。

                {Signature.Footer(language)}

                """);
    }
}
