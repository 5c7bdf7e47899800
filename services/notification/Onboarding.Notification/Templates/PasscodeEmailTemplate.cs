using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// STEP 1's passcode mail, worded after the printed notice: subject 「大学生協加入情報(メールアドレス)変更受付」, the
/// greeting of 生活協同組合連合会大学生協事業連合, what the code is for, <c>パスコード: 123456</c>, the link to the code
/// page, how long the code is valid, and what to do if the member did not ask for it.
/// </summary>
public static class PasscodeEmailTemplate
{
    public const string Name = "passcode";

    public static readonly LocalizedText Subject = new(
        "大学生協加入情報(メールアドレス)変更受付",
        "University Co-op membership details (e-mail address) change request");

    // {0} the passcode, {1} the code page, {2} how long it is valid, {3} until when.
    private static readonly LocalizedText Body = new(
        """
        「大学生協加入情報(メールアドレス)変更受付ページ」をご利用いただきありがとうございます。このメールは「大学生協加入情報(メールアドレス)変更受付ページ」からのパスコード(6桁の数字)のお届けになります。

        このパスコードを使い「大学生協アプリ(公式)」サインイン用のメールアドレスの登録を行ってください。

        パスコード: {0}

        メールアドレスの登録は、以下のURLよりパスコード入力画面を開き、画面の案内に従いパスコードを入力して下さい。パスコード認証後、メールアドレスの登録処理が終了致します。

        {1}

        このパスコードの有効期限は{2}です({3}まで)。期限を過ぎた場合は、受付ページからパスコードを再度送信してください。

        このメールにお心当たりのない場合は、他の方がメールアドレスを誤って入力した可能性があります。お手数ですが、このメールは破棄してください。パスコードは誰にも教えないでください。
        """,
        """
        Thank you for using the University Co-op membership details (e-mail address) change page. This e-mail brings you the passcode (6 digits) you requested on that page.

        Use this passcode to register the e-mail address you will sign in with to the University Co-op app (official).

        Passcode: {0}

        To register the address, open the passcode page at the link below and enter the passcode as the page instructs. Once the passcode is confirmed, the registration of your e-mail address is complete.

        {1}

        This passcode is valid for {2} (until {3}). After that, please send yourself a new passcode from the change page.

        If you did not request this passcode, someone may have entered your address by mistake. Please ignore and delete this e-mail, and do not share the passcode with anyone.
        """);

    public static RenderedEmail Render(SendPasscodeEmail command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, command.Passcode, command.CodePageUrl.AbsoluteUri,
            Validity.Of(command.ExpiresAt, now, culture), JapanTime.Format(command.ExpiresAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
