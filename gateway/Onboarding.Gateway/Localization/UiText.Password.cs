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
}
