using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    public static readonly LocalizedText NavParked = new("保留メッセージ", "Parked messages");
    public static readonly LocalizedText ParkedTitle = new("保留メッセージ", "Parked messages");
    public static readonly LocalizedText ParkedIntro = new(
        "再試行しても処理できず保留になったサービス間のメッセージ（メール送信の依頼など）の数です。原因を取り除いてから再送すると、元のキューに戻して処理し直します。",
        "Messages between the services (mail requests, for example) that failed after every retry and were set aside. Once the cause is fixed, re-driving moves them back to their queues to be processed again.");
    public static readonly LocalizedText HomeParkedText = new(
        "サービスごとの保留メッセージの数を確認し、元のキューに戻します。",
        "See each service's parked messages and move them back to their queues.");
    public static readonly LocalizedText ParkedCaption = new("サービスごとの保留メッセージ", "Parked messages per service");
    public static readonly LocalizedText ParkedColumnService = new("サービス", "Service");
    public static readonly LocalizedText ParkedColumnMessages = new("保留中", "Parked");
    public static readonly LocalizedText ParkedColumnQueues = new("キュー別", "By queue");
    public static readonly LocalizedText ParkedColumnRedrive = new("再送", "Re-drive");
    public static readonly LocalizedText ParkedUnavailable = new("応答なし", "Unavailable");
    public static readonly LocalizedText ParkedNone = new("なし", "None");
    public static readonly LocalizedText ParkedRedriveButton = new("再送する", "Re-drive");
    /// <summary>{0}: the service.</summary>
    public static readonly LocalizedText ParkedRedriveButtonFormat = new("{0} の保留メッセージを再送する", "Re-drive {0}'s parked messages");
    /// <summary>{0}: the service, {1}: messages moved.</summary>
    public static readonly LocalizedText ParkedRedrivenFormat = new(
        "{0} の保留メッセージ {1} 件を元のキューに戻しました。",
        "{1} of {0}'s parked messages were moved back to their queues.");
    public static readonly LocalizedText ParkedServiceUnknown = new("一覧からサービスを選んでください。", "Choose a service from the list.");
    public static readonly LocalizedText ParkedServiceUnavailableFormat = new(
        "{0} が応答していません。しばらくしてからもう一度お試しください。",
        "{0} is not answering. Please try again in a moment.");
}
