using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// Sent to the address of a portal account the member deleted: when, what went with it (sign-ins, the PokePay link),
/// what stays (the co-op membership), how to come back (STEP 2 again), and whom to contact if the member did not do it.
/// </summary>
public static class PortalAccountDeletedNoticeTemplate
{
    public const string Name = "portal-account-deleted";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイポータル アカウント削除のお知らせ",
        "University Co-op My Portal: your account was deleted");

    // {0} when it was deleted.
    private static readonly LocalizedText Body = new(
        """
        マイポータルのアカウントを、{0}にご本人の申し出により削除しました。このアカウントでのサインインはできなくなり、PokePayとの連携も解除されています。電子マネーの残高はPokePayに残っています。

        生協の組合員としての登録はそのまま残ります。もう一度ご利用になる場合は、STEP 2「マイポータルへの登録」からやり直してください。

        お心当たりのない場合は、お手数ですが、ご所属の大学生協までお問い合わせください。
        """,
        """
        Your My Portal account was deleted at {0}, as you asked. You can no longer sign in with it, and your PokePay wallet has been unlinked. Your e-money balance stays with PokePay.

        Your co-op membership itself is unchanged. To use My Portal again, start over from STEP 2 ("Register for My Portal").

        If you did not ask for this, please contact your university co-op.
        """);

    public static RenderedEmail Render(SendPortalAccountDeletedNotice command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, JapanTime.Format(command.DeletedAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
