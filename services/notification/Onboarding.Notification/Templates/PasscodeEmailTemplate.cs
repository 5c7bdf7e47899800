using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>
/// STEP 1's passcode mail, worded after the printed notice: subject 「大学生協加入情報(メールアドレス)変更受付」, the
/// greeting of 生活協同組合連合会大学生協事業連合, what the code is for, <c>パスコード: 123456</c>, the link to the code
/// page, how long the code is valid, and what to do if the member did not ask for it.
/// </summary>
public static class PasscodeEmailTemplate
{
    public const string Name = "passcode";

    public const string JapaneseSubject = "大学生協加入情報(メールアドレス)変更受付";

    public const string EnglishSubject = "University Co-op membership details (e-mail address) change request";

    public static RenderedEmail Render(SendPasscodeEmail command, DateTimeOffset now)
    {
        var language = MessageLanguages.FromCulture(command.Culture);
        var minutes = JapanTime.MinutesUntil(command.ExpiresAt, now);
        return language == MessageLanguage.English
            ? new RenderedEmail(EnglishSubject, $"""
                {Signature.Greeting(language)}

                Thank you for using the University Co-op membership details (e-mail address) change page. This e-mail brings you the passcode (6 digits) you requested on that page.

                Use this passcode to register the e-mail address you will sign in with to the University Co-op app (official).

                Passcode: {command.Passcode}

                To register the address, open the passcode page at the link below and enter the passcode as the page instructs. Once the passcode is confirmed, the registration of your e-mail address is complete.

                {command.CodePageUrl.AbsoluteUri}

                This passcode is valid for {minutes} {(minutes == 1 ? "minute" : "minutes")} (until {JapanTime.FormatEnglish(command.ExpiresAt)}). After that, please send yourself a new passcode from the change page.

                If you did not request this passcode, someone may have entered your address by mistake. Please ignore and delete this e-mail, and do not share the passcode with anyone.

                {Signature.Footer(language)}

                """)
            : new RenderedEmail(JapaneseSubject, $"""
                {Signature.Greeting(language)}

                「大学生協加入情報(メールアドレス)変更受付ページ」をご利用いただきありがとうございます。このメールは「大学生協加入情報(メールアドレス)変更受付ページ」からのパスコード(6桁の数字)のお届けになります。

                このパスコードを使い「大学生協アプリ(公式)」サインイン用のメールアドレスの登録を行ってください。

                パスコード: {command.Passcode}

                メールアドレスの登録は、以下のURLよりパスコード入力画面を開き、画面の案内に従いパスコードを入力して下さい。パスコード認証後、メールアドレスの登録処理が終了致します。

                {command.CodePageUrl.AbsoluteUri}

                このパスコードの有効期限は{minutes}分です({JapanTime.FormatJapanese(command.ExpiresAt)}まで)。期限を過ぎた場合は、受付ページからパスコードを再度送信してください。

                このメールにお心当たりのない場合は、他の方がメールアドレスを誤って入力した可能性があります。お手数ですが、このメールは破棄してください。パスコードは誰にも教えないでください。

                {Signature.Footer(language)}

                """);
    }
}
