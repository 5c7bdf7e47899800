using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// Sent to the account's address after its password was reset or changed in the settings: when, that every (other)
/// sign-in was ended, and whom to contact if the member did not do it.
/// </summary>
public static class PasswordChangedNoticeTemplate
{
    public const string Name = "password-changed";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイポータル パスワード変更のお知らせ",
        "University Co-op My Portal: your password was changed");

    // {0} when it was changed.
    private static readonly LocalizedText Body = new(
        """
        マイポータルのパスワードが、{0}に「パスワードをお忘れの方」から再設定されました。安全のため、これまでのすべてのサインインを終了しました。次回からは新しいパスワードでログインしてください。

        ご本人による変更であれば、このメールへの対応は必要ありません。

        お心当たりのない場合は、第三者によって変更された可能性があります。お手数ですが、ご所属の大学生協までお問い合わせください。
        """,
        """
        Your My Portal password was reset at {0} ("Forgot your password?"). To keep your account safe, every sign-in so far has been ended. From now on, please sign in with the new password.

        If you made this change yourself, there is nothing more to do.

        If you did not, someone else may have changed it. Please contact your university co-op.
        """);

    // {0} when it was changed: from the settings, where the member's own sitting goes on.
    private static readonly LocalizedText SettingsBody = new(
        """
        マイポータルのパスワードが、{0}に「設定」から変更されました。安全のため、変更に使われた画面以外のすべてのサインインを終了しました。次回からは新しいパスワードでログインしてください。

        ご本人による変更であれば、このメールへの対応は必要ありません。

        お心当たりのない場合は、第三者によって変更された可能性があります。お手数ですが、ご所属の大学生協までお問い合わせください。
        """,
        """
        Your My Portal password was changed at {0} in the settings. To keep your account safe, every other sign-in has been ended. From now on, please sign in with the new password.

        If you made this change yourself, there is nothing more to do.

        If you did not, someone else may have changed it. Please contact your university co-op.
        """);

    public static RenderedEmail Render(SendPasswordChangedNotice command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = (command.ByReset ? Body : SettingsBody).Format(culture, JapanTime.Format(command.ChangedAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
