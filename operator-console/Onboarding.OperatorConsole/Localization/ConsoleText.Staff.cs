using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    public static readonly LocalizedText StaffTitle = new("スタッフ管理", "Staff accounts");
    public static readonly LocalizedText StaffListCaption = new("スタッフのアカウント", "Staff accounts");
    public static readonly LocalizedText StaffColumnRole = new("役割", "Role");
    public static readonly LocalizedText StaffColumnAuthenticator = new("認証アプリ", "Authenticator");
    public static readonly LocalizedText StaffColumnCreated = new("作成日時（日本時間）", "Created (Japan time)");
    public static readonly LocalizedText StaffColumnStatus = new("状態", "Status");
    public static readonly LocalizedText StaffColumnActions = new("操作", "Actions");
    public static readonly LocalizedText StaffEnrolled = new("登録済み", "Enrolled");
    public static readonly LocalizedText StaffNotEnrolled = new("未登録（初回サインイン待ち）", "Not yet (first sign-in pending)");
    public static readonly LocalizedText StaffActive = new("有効", "Active");
    public static readonly LocalizedText StaffLockedOut = new("ロック中", "Locked");
    public static readonly LocalizedText StaffDisabledFormat = new("無効（{0}）", "Disabled ({0})");
    /// <summary>{0}: the user name (the button's accessible name says whose account it disables).</summary>
    public static readonly LocalizedText StaffDisableButtonFormat = new("{0} を無効にする", "Disable {0}");
    public static readonly LocalizedText StaffDisableButton = new("無効にする", "Disable");
    public static readonly LocalizedText StaffYou = new("（あなた）", " (you)");
    /// <summary>{0}: the user name (the button's accessible name says whose sign-in it resets).</summary>
    public static readonly LocalizedText StaffResetButtonFormat = new("{0} のサインインをリセットする", "Reset {0}'s sign-in");
    public static readonly LocalizedText StaffResetButton = new("サインインをリセット", "Reset sign-in");
    /// <summary>{0}: the user name.</summary>
    public static readonly LocalizedText StaffResetNoticeFormat = new(
        "{0} のサインインをリセットしました。新しいパスワードは次のとおりです。この画面を離れると二度と表示されません。本人に安全な方法で伝えてください。次のサインインで認証アプリを登録し直します。開いていた画面はすべて終了しました。",
        "{0}'s sign-in has been reset. The new password is below; it is not shown again once you leave this page. Hand it to its owner safely. They set up their authenticator app again at their next sign-in. Their open sessions have ended.");
    public static readonly LocalizedText StaffCannotResetSelf = new(
        "自分のサインインはリセットできません。別の管理者に依頼してください。",
        "You cannot reset your own sign-in: ask another administrator.");

    public static readonly LocalizedText StaffCreateTitle = new("アカウントの作成", "Create an account");
    public static readonly LocalizedText StaffUserNameHint = new(
        "英小文字・数字・「. _ -」で3〜64文字",
        "3 to 64 characters: lower-case letters, digits and . _ -");
    public static readonly LocalizedText StaffRoleLabel = new("役割", "Role");
    public static readonly LocalizedText StaffCreateButton = new("作成", "Create");
    public static readonly LocalizedText StaffUserNameInvalid = new(
        "ユーザー名は英小文字・数字・「. _ -」で3〜64文字で入力してください。",
        "Enter a user name of 3 to 64 lower-case letters, digits and . _ -");
    public static readonly LocalizedText StaffUserNameTaken = new("このユーザー名はすでに使われています。", "That user name is already taken.");
    public static readonly LocalizedText StaffRoleInvalid = new("役割を選んでください。", "Choose a role.");
    /// <summary>{0}: the user name.</summary>
    public static readonly LocalizedText StaffCreatedFormat = new(
        "{0} を作成しました。初回パスワードは次のとおりです。この画面を離れると二度と表示されません。本人に安全な方法で伝えてください。初回サインインで認証アプリを登録します。",
        "{0} has been created. Its first password is below; it is not shown again once you leave this page. Hand it to its owner safely. They set up their authenticator app at the first sign-in.");
    public static readonly LocalizedText StaffInitialPasswordLabel = new("初回パスワード", "First password");
    public static readonly LocalizedText StaffDisabledNoticeFormat = new(
        "{0} を無効にしました。このアカウントではサインインできず、サインイン中の画面も次の操作で終了します。",
        "{0} has been disabled. It can no longer sign in, and any open session ends at its next request.");
    public static readonly LocalizedText StaffCannotDisableSelf = new("自分のアカウントは無効にできません。", "You cannot disable your own account.");
    public static readonly LocalizedText StaffNotFound = new("そのアカウントは見つかりません。", "That account does not exist.");
    public static readonly LocalizedText StaffAlreadyDisabled = new("そのアカウントはすでに無効です。", "That account is already disabled.");
}
