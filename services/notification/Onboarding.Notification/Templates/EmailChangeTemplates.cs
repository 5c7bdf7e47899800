using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>アカウント設定: the code that confirms a new address for the portal account, mailed to that new address.</summary>
public static class EmailChangeCodeTemplate
{
    public const string Name = "email-change-code";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイポータル メールアドレス変更の確認コード",
        "University Co-op My Portal: confirm your new e-mail address");

    // {0} the code, {1} how long it is valid, {2} until when.
    private static readonly LocalizedText Body = new(
        """
        マイポータルのアカウント設定で、このメールアドレスへの変更が申し込まれました。変更画面に以下の確認コードを入力し、「メールアドレスを変更」をクリックしてください。

        確認コード: {0}

        この確認コードの有効期限は{1}です({2}まで)。期限を過ぎた場合は、変更画面から確認コードを再度送信してください。

        このメールにお心当たりのない場合は、メールアドレスは変更されていませんので、このメールを破棄してください。確認コードは誰にも教えないでください。
        """,
        """
        Someone (we hope you) asked in the My Portal account settings to change the account's e-mail address to this one. Enter this code on the change page and press "Change e-mail address".

        Verification code: {0}

        The code is valid for {1} (until {2}). After that, send yourself a new code from the change page.

        If you did not ask for this, nothing has been changed: please ignore and delete this e-mail, and do not share the code with anyone.
        """);

    public static RenderedEmail Render(SendEmailChangeCode command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, command.Code,
            Validity.Of(command.ExpiresAt, now, culture), JapanTime.Format(command.ExpiresAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}

/// <summary>
/// アカウント設定: sent to the portal account's previous address after the member changed it, so a member who did not
/// make the change notices it. Names the new address only masked.
/// </summary>
public static class EmailChangedNoticeTemplate
{
    public const string Name = "email-changed";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイポータル メールアドレス変更のお知らせ",
        "University Co-op My Portal: your e-mail address was changed");

    // {0} when it was changed, {1} the new address, masked.
    private static readonly LocalizedText Body = new(
        """
        マイポータルのメールアドレスが、{0}に「設定」から新しいアドレスへ変更されました。このお知らせは変更前のアドレスにお送りしています。次回からは新しいメールアドレスでサインインしてください。

        新しいメールアドレス: {1}

        ご本人による変更であれば、このメールへの対応は必要ありません。

        お心当たりのない場合は、第三者によって変更された可能性があります。お手数ですが、ご所属の大学生協までお問い合わせください。
        """,
        """
        Your My Portal e-mail address was changed in the settings at {0}. We are sending this notice to the previous address. From now on, please sign in with the new address.

        New e-mail address: {1}

        If you made this change yourself, there is nothing more to do.

        If you did not, someone else may have changed it. Please contact your university co-op.
        """);

    public static RenderedEmail Render(SendEmailChangedNotice command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, JapanTime.Format(command.ChangedAt, culture), command.NewEmailMasked);
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
