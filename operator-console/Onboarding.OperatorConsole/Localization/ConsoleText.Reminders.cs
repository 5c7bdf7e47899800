using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    public static readonly LocalizedText NavReminders = new("期限リマインダー", "Reminders");
    public static readonly LocalizedText RemindersTitle = new("期限リマインダー", "Deadline reminders");
    public static readonly LocalizedText RemindersIntro = new(
        "切り替え日の前に、登録が終わっていない組合員へ送る案内メールの回（ウェーブ）です。各回は予定日時に自動で送信されます。",
        "The reminder mails sent in waves before the cut-over to every member not yet done. Each wave is sent automatically when it is due.");
    public static readonly LocalizedText HomeRemindersText = new(
        "リマインダーの各回の状況と送信予定の人数を確認し、予定より早く送信を開始します。",
        "See each reminder wave and whom it would mail, and release a wave before it is due.");
    public static readonly LocalizedText RemindersCaption = new("リマインダーの各回（予定日時順）", "Reminder waves (by due time)");
    public static readonly LocalizedText RemindersNone = new(
        "リマインダーの回はありません（リマインダーが無効か、切り替え日が設定されていません）。",
        "There are no waves (reminders are off, or no cut-over date is set).");
    public static readonly LocalizedText WaveColumnId = new("回", "Wave");
    public static readonly LocalizedText WaveColumnDaysBefore = new("切り替えの何日前", "Days before cut-over");
    public static readonly LocalizedText WaveColumnDue = new("予定日時（日本時間）", "Due (Japan time)");
    public static readonly LocalizedText WaveColumnStatus = new("状況", "Status");
    public static readonly LocalizedText WaveColumnSent = new("送信済み", "Sent");
    public static readonly LocalizedText WaveStatusWaiting = new("予定日時を待っています", "Waiting until due");
    /// <summary>{0}: when it was released.</summary>
    public static readonly LocalizedText WaveStatusReleasedFormat = new("送信開始の指示済み（{0}）", "Released ({0})");
    /// <summary>{0}: when sending started.</summary>
    public static readonly LocalizedText WaveStatusSendingFormat = new("送信中（{0}開始）", "Sending (started {0})");
    /// <summary>{0}: when sending completed.</summary>
    public static readonly LocalizedText WaveStatusCompletedFormat = new("送信完了（{0}）", "Completed ({0})");
    /// <summary>{0}: the wave's id.</summary>
    public static readonly LocalizedText WaveTitleFormat = new("リマインダー {0}", "Reminder wave {0}");
    public static readonly LocalizedText WaveBackToList = new("リマインダーの一覧に戻る", "Back to the reminder waves");
    public static readonly LocalizedText WavePreviewTitle = new("今送信した場合の送信先", "Whom it would mail now");
    public static readonly LocalizedText WavePreviewIntro = new(
        "登録が終わっておらず、メールアドレスがあり、この回のメールをまだ受け取っていない組合員の人数です（次に行うステップ別）。",
        "Members not yet done, with an e-mail address, not yet mailed by this wave, by the step they have to do next.");
    public static readonly LocalizedText WavePreviewCaption = new("生協ごとの送信予定の人数", "Members to be mailed per co-op");
    public static readonly LocalizedText WavePreviewNone = new("送信先はありません。", "Nobody would be mailed.");
    /// <summary>{0}: members.</summary>
    public static readonly LocalizedText WavePreviewTotalFormat = new("合計 {0} 人", "{0} members in all");
    public static readonly LocalizedText WaveReleaseLink = new("予定より早く送信を開始する", "Release this wave now");
    public static readonly LocalizedText WaveReleaseTitle = new("送信を今すぐ開始しますか", "Release this wave now?");
    public static readonly LocalizedText WaveReleaseWarning = new(
        "送信を開始すると取り消せません。この回の送信先の組合員全員にメールが送られます。",
        "Releasing cannot be undone. Every member this wave would mail will be mailed.");
    public static readonly LocalizedText WaveReleaseConfirm = new(
        "送信先の人数を確認し、今すぐ送信を開始することに同意します",
        "I have checked whom it would mail and want to send it now");
    public static readonly LocalizedText WaveReleaseConfirmRequired = new("確認のチェックを入れてください。", "Tick the box to confirm.");
    public static readonly LocalizedText WaveReleaseButton = new("送信を開始する", "Release the wave");
    /// <summary>{0}: the wave's id.</summary>
    public static readonly LocalizedText WaveReleasedFormat = new(
        "{0} の送信開始を指示しました。数十秒以内に送信が始まります。",
        "Wave {0} is released: sending starts within a minute.");
    public static readonly LocalizedText WaveIdInvalid = new(
        "リマインダーの回は 2027-03-31-d30 の形式で指定してください。",
        "A reminder wave is named like 2027-03-31-d30.");
    public static readonly LocalizedText AdministratorsOnlyNote = new(
        "送信の開始は管理者だけが行えます。",
        "Only administrators can release a wave.");
}
