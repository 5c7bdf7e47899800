using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    // Sign-in: user name and password
    public static readonly LocalizedText SignInTitle = new("スタッフのサインイン", "Staff sign-in");
    public static readonly LocalizedText SignInIntro = new(
        "ご自身のアカウントでサインインしてください。パスワードの次に、認証アプリの確認コードを入力します。",
        "Sign in with your own account. After the password you enter a code from your authenticator app.");
    public static readonly LocalizedText UserNameLabel = new("ユーザー名", "User name");
    public static readonly LocalizedText PasswordLabel = new("パスワード", "Password");
    public static readonly LocalizedText ContinueButton = new("次へ", "Continue");
    public static readonly LocalizedText UserNameRequired = new("ユーザー名を入力してください。", "Enter your user name.");
    public static readonly LocalizedText PasswordRequired = new("パスワードを入力してください。", "Enter your password.");
    public static readonly LocalizedText SignInFailed = new(
        "ユーザー名またはパスワードが正しくありません。",
        "The user name or password is not correct.");
    public static readonly LocalizedText LockedOutFormat = new(
        "サインインの失敗が続いたため、このアカウントは一時的にロックされています。{0}分ほどしてからもう一度お試しください。",
        "This account is locked for a while after too many failed attempts. Try again in about {0} minutes.");

    // Sign-in: the authenticator code
    public static readonly LocalizedText CodeTitle = new("確認コードの入力", "Enter your authenticator code");
    public static readonly LocalizedText CodeIntro = new(
        "認証アプリに表示されている6桁の確認コードを入力してください。",
        "Enter the 6-digit code your authenticator app shows.");
    public static readonly LocalizedText CodeLabel = new("確認コード（6桁）", "Code (6 digits)");
    public static readonly LocalizedText SignInButton = new("サインイン", "Sign in");
    public static readonly LocalizedText CodeFormatInvalid = new("確認コードは6桁の数字で入力してください。", "Enter the code as 6 digits.");
    public static readonly LocalizedText CodeIncorrect = new(
        "確認コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。",
        "That code is not correct. Enter the latest code your authenticator app shows.");
    public static readonly LocalizedText StartAgain = new("ユーザー名とパスワードからやり直す", "Start again with your user name and password");

    // First sign-in: enrolling the authenticator app
    public static readonly LocalizedText EnrolTitle = new("認証アプリの登録", "Set up your authenticator app");
    public static readonly LocalizedText EnrolIntro = new(
        "初めてのサインインです。認証アプリ（Google Authenticator、Microsoft Authenticator など）に次のセットアップキーを登録し、表示された6桁の確認コードを入力してください。次回からは、パスワードの次にこのアプリのコードを入力します。",
        "This is your first sign-in. Add the setup key below to an authenticator app (Google Authenticator, Microsoft Authenticator, …) and enter the 6-digit code it shows. From now on you enter a code from this app after your password.");
    public static readonly LocalizedText EnrolKeyLabel = new("セットアップキー", "Setup key");
    public static readonly LocalizedText EnrolUriLabel = new(
        "otpauth URI（QRコードを作成するツールやパスワード管理アプリ向け）",
        "otpauth URI (for QR-code tools and password managers)");
    public static readonly LocalizedText EnrolKeyNote = new(
        "このキーは他の人に見せないでください。",
        "Do not show this key to anyone.");
    public static readonly LocalizedText EnrolButton = new("登録してサインイン", "Set up and sign in");
}
