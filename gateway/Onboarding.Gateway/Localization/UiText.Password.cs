using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // STEP 3 sign-in by password (パスワードでログイン): the alternative to the e-mailed code, which stays the default.
    public static readonly LocalizedText PasswordAlternativeText = new(
        "STEP 2で設定したパスワードでもサインインできます。",
        "You can also sign in with the password you set in STEP 2.");

    public static readonly LocalizedText PasswordSignInLink = new(
        "パスワードでログイン",
        "Sign in with your password");

    public static readonly LocalizedText PasswordSignInTitle = new(
        "パスワードでログイン",
        "Sign in with your password");

    public static readonly LocalizedText PasswordSignInIntro = new(
        "マイポータルに登録したメールアドレスと、STEP 2で設定したパスワードを入力して「ログイン」をクリックしてください。",
        "Enter the e-mail address you registered with My Portal and the password you set in STEP 2, then press \"Sign in\".");

    public static readonly LocalizedText PasswordLabel = new(
        "パスワード",
        "Password");

    public static readonly LocalizedText PasswordSignInSubmit = new(
        "ログイン",
        "Sign in");

    public static readonly LocalizedText PasswordLastAttempt = new(
        "あと1回間違えると、しばらくパスワードでログインできなくなります。",
        "One attempt left: after one more mistake, password sign-in is paused for a while.");

    public static readonly LocalizedText PasswordUseCodeLink = new(
        "確認コードでサインインする",
        "Sign in with an e-mailed code instead");

    public static readonly LocalizedText PasswordSignedInTitle = new(
        "サインインが完了しました",
        "You are signed in");

    // パスワードをお忘れの方: a code mailed to the address, then the code and a new password.
    public static readonly LocalizedText ForgotPasswordLink = new(
        "パスワードをお忘れの方",
        "Forgot your password?");

    public static readonly LocalizedText ForgotPasswordTitle = new(
        "パスワードをお忘れの方",
        "Forgot your password?");

    public static readonly LocalizedText ForgotPasswordIntro = new(
        "マイポータルに登録したメールアドレスを入力して「再設定用の確認コードを送信」をクリックしてください。登録されているメールアドレスであれば、パスワードを再設定するための確認コードをお送りします。",
        "Enter the e-mail address you registered with My Portal and press \"Send reset code\". If the address is registered, we send it a code for setting a new password.");

    public static readonly LocalizedText ForgotPasswordSubmit = new(
        "再設定用の確認コードを送信",
        "Send reset code");

    public static readonly LocalizedText BackToPasswordSignIn = new(
        "パスワードでログインに戻る",
        "Back to signing in with your password");

    public static readonly LocalizedText ResetPasswordTitle = new(
        "パスワードの再設定",
        "Set a new password");

    public static readonly LocalizedText ResetPasswordSentToFormat = new(
        "{0} がマイポータルに登録されたメールアドレスであれば、パスワード再設定用の確認コードを送信しました。",
        "If {0} is registered with My Portal, we have sent a password reset code to it.");

    public static readonly LocalizedText ResetPasswordIntro = new(
        "受信した確認コードと新しいパスワード（2回）を入力し、「パスワードを再設定する」をクリックしてください。再設定すると、ほかの端末やブラウザでのサインインはすべて終了します。",
        "Enter the code you received and a new password (twice), then press \"Reset password\". Resetting ends every sign-in on other devices and browsers.");

    public static readonly LocalizedText NewPasswordLabel = new(
        "新しいパスワード",
        "New password");

    public static readonly LocalizedText NewPasswordHint = new(
        "8文字以上で、英大文字・英小文字・数字・記号のうち2種類以上を含めてください。",
        "At least 8 characters, with at least 2 of: upper-case letters, lower-case letters, digits, symbols.");

    public static readonly LocalizedText NewPasswordConfirmationLabel = new(
        "新しいパスワード（確認用）",
        "New password (again, to confirm)");

    public static readonly LocalizedText ResetPasswordSubmit = new(
        "パスワードを再設定する",
        "Reset password");


    public static readonly LocalizedText ResetPasswordMissingTitle = new(
        "パスワード再設定の情報が見つかりません",
        "We could not find your password reset");

    public static readonly LocalizedText ResetPasswordMissingText = new(
        "このブラウザで始めたパスワードの再設定がないか、有効期限が切れています。「パスワードをお忘れの方」からやり直してください。",
        "There is no password reset from this browser, or it has expired. Please start again with \"Forgot your password?\".");

    public static readonly LocalizedText PasswordChangedNotice = new(
        "パスワードを再設定しました。新しいパスワードでログインしてください。これまでのサインインはすべて終了し、登録のメールアドレスにお知らせを送信しました。",
        "Your password has been reset. Please sign in with the new password. Every earlier sign-in has been ended, and a notice has been sent to your registered e-mail address.");
}
