using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>STEP 3's sign-in 確認コード mail: the code for the co-op mypage, how long it is valid, and what to do if unasked.</summary>
public static class SignInEmailCodeTemplate
{
    public const string Name = "sign-in-email-code";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイページ サインインの確認コード",
        "University Co-op mypage: your sign-in code");

    // {0} the code, {1} how long it is valid, {2} until when.
    private static readonly LocalizedText Body = new(
        """
        このメールアドレスで大学生協マイページへのサインイン(STEP 3 PokePay認証)が行われました。サインイン画面に以下の確認コードを入力し、「コードの確認」をクリックしてから「続行」をクリックしてください。

        確認コード: {0}

        この確認コードの有効期限は{1}です({2}まで)。期限を過ぎた場合は、サインイン画面から確認コードを再度送信してください。

        このメールにお心当たりのない場合は、お手数ですが破棄してください。確認コードは誰にも教えないでください。
        """,
        """
        Someone (we hope you) asked to sign in to the co-op mypage with this address (STEP 3, e-money authentication). Enter this code on the sign-in page and press "Verify code", then "Continue".

        Sign-in code: {0}

        The code is valid for {1} (until {2}). After that, send yourself a new code from the sign-in page.

        If you did not try to sign in, please ignore and delete this e-mail, and do not share the code with anyone.
        """);

    public static RenderedEmail Render(SendSignInEmailCode command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, command.Code,
            Validity.Of(command.ExpiresAt, now, culture), JapanTime.Format(command.ExpiresAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
