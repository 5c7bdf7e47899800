using Onboarding.OperatorConsole.Audit;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    public static readonly LocalizedText AuditTitle = new("監査ログ", "Audit log");
    public static readonly LocalizedText AuditIntro = new(
        "スタッフのサインインとアカウントの変更、組合員への対応と個人情報の表示の記録です。記録は追加のみで、変更・削除はできません。",
        "Staff sign-ins and account changes, actions for members and every opening of a member's personal data. Entries are only ever added: they cannot be changed or deleted.");
    public static readonly LocalizedText AuditFilterLegend = new("絞り込み", "Filter");
    public static readonly LocalizedText AuditFilterStaff = new("スタッフ（ユーザー名）", "Staff (user name)");
    public static readonly LocalizedText AuditFilterAction = new("操作", "Action");
    public static readonly LocalizedText AuditFilterAllActions = new("すべて", "All");
    public static readonly LocalizedText AuditFilterFrom = new("開始日（日本時間）", "From (Japan time)");
    public static readonly LocalizedText AuditFilterTo = new("終了日（日本時間）", "To (Japan time)");
    public static readonly LocalizedText AuditFilterButton = new("表示", "Show");
    public static readonly LocalizedText AuditExportButton = new("この条件でCSVを出力", "Export these entries as CSV");
    public static readonly LocalizedText AuditExportNote = new(
        "CSVはExcelでそのまま開けます（UTF-8、BOM付き）。出力したことも監査ログに記録されます。",
        "The CSV opens directly in Excel (UTF-8 with BOM). The export itself is written to the audit log.");
    public static readonly LocalizedText AuditCaption = new("監査ログの記録（新しい順）", "Audit entries (newest first)");
    public static readonly LocalizedText AuditColumnAt = new("日時（日本時間）", "When (Japan time)");
    public static readonly LocalizedText AuditColumnStaff = new("スタッフ", "Staff");
    public static readonly LocalizedText AuditColumnAction = new("操作", "Action");
    public static readonly LocalizedText AuditColumnSubject = new("対象", "Subject");
    public static readonly LocalizedText AuditColumnReason = new("理由", "Reason");
    public static readonly LocalizedText AuditColumnDetails = new("詳細", "Details");
    public static readonly LocalizedText AuditNoEntries = new("該当する記録はありません。", "No entries match.");
    /// <summary>{0}: this page, {1}: pages, {2}: entries.</summary>
    public static readonly LocalizedText AuditPageFormat = new("{0} / {1} ページ（全{2}件）", "Page {0} of {1} ({2} entries)");
    public static readonly LocalizedText AuditPreviousPage = new("前のページ", "Previous page");
    public static readonly LocalizedText AuditNextPage = new("次のページ", "Next page");
    public static readonly LocalizedText AuditPagerLabel = new("ページ送り", "Pages");
    public static readonly LocalizedText AuditDateInvalid = new("日付は 2026-12-06 の形式で入力してください。", "Enter the date as 2026-12-06.");
    public static readonly LocalizedText AuditDateOrder = new("終了日は開始日と同じか、それより後にしてください。", "The end date must be on or after the start date.");
    public static readonly LocalizedText AuditStaffInvalid = new(
        "ユーザー名は英小文字・数字・「. _ -」で64文字までです。",
        "A user name is up to 64 lower-case letters, digits and . _ -");
    public static readonly LocalizedText AuditActionInvalid = new("一覧から操作を選んでください。", "Choose an action from the list.");

    private static readonly Dictionary<string, LocalizedText> ActionNames = new()
    {
        [AuditActions.SignedIn] = new("サインイン", "Signed in"),
        [AuditActions.SignInFailed] = new("サインイン失敗", "Sign-in failed"),
        [AuditActions.LockedOut] = new("ロック（失敗の繰り返し）", "Locked out (repeated failures)"),
        [AuditActions.SignedOut] = new("サインアウト", "Signed out"),
        [AuditActions.AuthenticatorEnrolled] = new("認証アプリの登録", "Authenticator enrolled"),
        [AuditActions.StaffSeeded] = new("管理者の初期登録", "Administrator seeded"),
        [AuditActions.StaffCreated] = new("アカウント作成", "Account created"),
        [AuditActions.StaffDisabled] = new("アカウント無効化", "Account disabled"),
        [AuditActions.StaffSignInReset] = new("サインインのリセット（パスワードと認証アプリ）", "Sign-in reset (password and authenticator)"),
        [AuditActions.AuditExported] = new("監査ログのCSV出力", "Audit log exported"),
        [AuditActions.MembersSearched] = new("組合員の検索", "Members searched"),
        [AuditActions.MemberOpened] = new("組合員情報の表示", "Member's data opened"),
        [AuditActions.MemberUnlocked] = new("組合員番号のロック解除", "Member number unlocked"),
        [AuditActions.MemberPasscodeResent] = new("パスコードの再送信", "Passcode sent again"),
        [AuditActions.MemberHelped] = new("対応の記録", "Help recorded"),
        [AuditActions.FunnelMembersExported] = new("未完了の組合員のCSV出力", "Members not yet done exported"),
        [AuditActions.ReminderWaveReleased] = new("期限リマインダーの送信開始", "Deadline reminder wave released"),
        [AuditActions.RosterImported] = new("組合員名簿の取り込み", "Member roster imported"),
        [AuditActions.MessagesRedriven] = new("保留メッセージの再送", "Parked messages re-driven"),
    };

    /// <summary>An action's name for people; an action this table does not know is shown as stored.</summary>
    public static LocalizedText AuditAction(string action) =>
        ActionNames.TryGetValue(action, out var name) ? name : new LocalizedText(action, action);
}
