using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>
/// STEP 1: sent to the previous address after a new one replaced it, so a member who did not ask for the change
/// notices it. Names the new address only masked.
/// </summary>
public static class EmailReplacedNoticeTemplate
{
    public const string Name = "email-replaced";

    public const string JapaneseSubject = "大学生協加入情報(メールアドレス)変更のお知らせ";

    public const string EnglishSubject = "University Co-op membership details: your e-mail address was changed";

    public static RenderedEmail Render(SendEmailReplacedNotice command)
    {
        var language = MessageLanguages.FromCulture(command.Culture);
        return language == MessageLanguage.English
            ? new RenderedEmail(EnglishSubject, $"""
                {Signature.Greeting(language)}

                The e-mail address registered in your University Co-op membership details was changed at {JapanTime.FormatEnglish(command.ReplacedAt)}. We are sending this notice to the previous address.

                New e-mail address: {command.NewEmailMasked}

                If you made this change yourself, there is nothing more to do.

                If you did not, someone else may have changed it. Please contact your university co-op.

                {Signature.Footer(language)}

                """)
            : new RenderedEmail(JapaneseSubject, $"""
                {Signature.Greeting(language)}

                大学生協加入情報に登録されていたメールアドレスが、{JapanTime.FormatJapanese(command.ReplacedAt)}に新しいアドレスへ変更されました。このお知らせは変更前のアドレスにお送りしています。

                新しいメールアドレス: {command.NewEmailMasked}

                ご本人による変更であれば、このメールへの対応は必要ありません。

                お心当たりのない場合は、第三者によって変更された可能性があります。お手数ですが、ご所属の大学生協までお問い合わせください。

                {Signature.Footer(language)}

                """);
    }
}
