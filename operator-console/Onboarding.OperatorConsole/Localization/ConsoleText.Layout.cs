using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

/// <summary>
/// Every string the operator console shows, Japanese first and English, split by page area over the
/// <c>ConsoleText.*.cs</c> files. Pages read them through <see cref="ConsoleLanguage"/>. Names ending in <c>Format</c>
/// take <c>{0}</c> (and, where documented, <c>{1}</c>, <c>{2}</c>).
/// </summary>
public static partial class ConsoleText
{
    public static readonly LocalizedText ConsoleTitle = new("電子マネー登録 運用コンソール", "E-money registration operator console");
    public static readonly LocalizedText ConsoleTagline = new("生協スタッフ専用", "For co-op staff only");
    public static readonly LocalizedText SkipToContent = new("本文へ移動", "Skip to main content");
    public static readonly LocalizedText NavLabel = new("コンソールのメニュー", "Console menu");
    public static readonly LocalizedText NavHome = new("ホーム", "Home");
    public static readonly LocalizedText NavStaff = new("スタッフ管理", "Staff accounts");
    public static readonly LocalizedText NavAudit = new("監査ログ", "Audit log");
    public static readonly LocalizedText SignedInAsFormat = new("{0} でサインイン中", "Signed in as {0}");
    public static readonly LocalizedText SignOutButton = new("サインアウト", "Sign out");

    /// <summary>The culture the language switch changes to, and its label written in that language.</summary>
    public static readonly LocalizedText SwitchToCulture = new("en", "ja");
    public static readonly LocalizedText SwitchToLabel = new("English", "日本語");
    public static readonly LocalizedText SwitchToDescription = new("Show the console in English", "日本語で表示する");

    public static readonly LocalizedText ErrorSummaryTitle = new("入力内容を確認してください", "There is a problem");
    public static readonly LocalizedText ErrorPrefix = new("エラー：", "Error: ");

    public static readonly LocalizedText RoleHelpDesk = new("ヘルプデスク", "Help desk");
    public static readonly LocalizedText RoleAdministrator = new("管理者", "Administrator");

    public static LocalizedText Role(string role) => role switch
    {
        Staff.StaffRoles.Administrator => RoleAdministrator,
        _ => RoleHelpDesk,
    };

    // Home
    public static readonly LocalizedText HomeTitle = new("ホーム", "Home");
    public static readonly LocalizedText HomeRoleFormat = new("あなたの役割：{0}", "Your role: {0}");
    public static readonly LocalizedText HomeAuditNote = new(
        "このコンソールでの操作と、組合員の個人情報の表示は、すべて監査ログに記録されます。",
        "Everything you do in this console, and every time you open a member's personal data, is written to the audit log.");
    public static readonly LocalizedText HomeStaffText = new(
        "スタッフのアカウントを作成し、役割を割り当て、不要になったアカウントを無効にします。",
        "Create staff accounts with a role, and disable accounts that are no longer needed.");
    public static readonly LocalizedText HomeAuditText = new(
        "誰が・いつ・何を・なぜ行ったかを確認し、CSVで出力します。",
        "See who did what, when and why, and export it as CSV.");

    // Error pages
    public static readonly LocalizedText ErrorTitle = new("エラーが発生しました", "Something went wrong");
    public static readonly LocalizedText ErrorText = new(
        "申し訳ありません。処理を完了できませんでした。しばらくしてからもう一度お試しください。",
        "Sorry, we could not complete that. Please try again in a moment.");
    public static readonly LocalizedText NotFoundTitle = new("ページが見つかりません", "Page not found");
    public static readonly LocalizedText NotFoundText = new(
        "お探しのページは見つかりませんでした。アドレスをご確認ください。",
        "The page you asked for does not exist. Please check the address.");
    public static readonly LocalizedText TooManyRequestsTitle = new("しばらくお待ちください", "Please wait a moment");
    public static readonly LocalizedText TooManyRequestsText = new(
        "短い時間に多くのサインインが行われました。1分ほどしてからもう一度お試しください。",
        "There have been too many sign-in attempts in a short time. Please try again in about a minute.");
    public static readonly LocalizedText DeniedTitle = new("この画面を表示する権限がありません", "You do not have access to this page");
    public static readonly LocalizedText DeniedText = new(
        "この画面は管理者だけが使えます。必要な場合は管理者に連絡してください。",
        "Only administrators can use this page. Ask an administrator if you need it.");
    public static readonly LocalizedText BackToHome = new("ホームに戻る", "Back to home");
}
