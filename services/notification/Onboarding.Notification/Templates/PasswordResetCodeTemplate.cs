using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>パスワードをお忘れの方: the reset code for the portal password, how long it is valid, and what to do if unasked.</summary>
public static class PasswordResetCodeTemplate
{
    public const string Name = "password-reset-code";

    public static readonly LocalizedText Subject = new(
        "【大学生協】マイポータル パスワード再設定の確認コード",
        "University Co-op My Portal: your password reset code");

    // {0} the code, {1} how long it is valid, {2} until when.
    private static readonly LocalizedText Body = new(
        """
        このメールアドレスのマイポータルについて、パスワードの再設定(パスワードをお忘れの方)が行われました。再設定画面に以下の確認コードと新しいパスワードを入力し、「パスワードを再設定する」をクリックしてください。

        確認コード: {0}

        この確認コードの有効期限は{1}です({2}まで)。期限を過ぎた場合は、再設定画面から確認コードを再度送信してください。

        このメールにお心当たりのない場合は、パスワードは変更されていませんので、このメールを破棄してください。確認コードは誰にも教えないでください。
        """,
        """
        Someone (we hope you) asked to reset the My Portal password for this address ("Forgot your password?"). Enter this code and a new password on the reset page and press "Reset password".

        Verification code: {0}

        The code is valid for {1} (until {2}). After that, send yourself a new code from the reset page.

        If you did not ask for this, your password has not been changed: please ignore and delete this e-mail, and do not share the code with anyone.
        """);

    public static RenderedEmail Render(SendPasswordResetCode command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var body = Body.Format(culture, command.Code,
            Validity.Of(command.ExpiresAt, now, culture), JapanTime.Format(command.ExpiresAt, culture));
        return new RenderedEmail(Subject.In(culture), Signature.Letter(culture, body));
    }
}
