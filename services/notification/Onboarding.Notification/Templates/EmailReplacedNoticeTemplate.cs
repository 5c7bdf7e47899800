using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// STEP 1: sent to the previous address after a new one replaced it, so a member who did not ask for the change
/// notices it. Names the new address only masked.
/// </summary>
public static class EmailReplacedNoticeTemplate
{
    public const string Name = "email-replaced";

    public static readonly LocalizedText Subject = new(
        "大学生協加入情報(メールアドレス)変更のお知らせ",
        "University Co-op membership details: your e-mail address was changed");

    // {0} when it was replaced, {1} the new address, masked.
    private static readonly LocalizedText Body = new(
        """
        大学生協加入情報に登録されていたメールアドレスが、{0}に新しいアドレスへ変更されました。このお知らせは変更前のアドレスにお送りしています。

        新しいメールアドレス: {1}

        ご本人による変更であれば、このメールへの対応は必要ありません。

        お心当たりのない場合は、第三者によって変更された可能性があります。お手数ですが、ご所属の大学生協までお問い合わせください。
        """,
        """
        The e-mail address registered in your University Co-op membership details was changed at {0}. We are sending this notice to the previous address.

        New e-mail address: {1}

        If you made this change yourself, there is nothing more to do.

        If you did not, someone else may have changed it. Please contact your university co-op.
        """);

    public static RenderedEmail Render(SendEmailReplacedNotice command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, JapanTime.Format(command.ReplacedAt, culture), command.NewEmailMasked);
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
