using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

/// <summary>
/// Texts shared by the operation pages (funnel, reminders, roster, parked messages); "not answering" is
/// <see cref="ServiceUnavailable"/>, shared with the help desk.
/// </summary>
public static partial class ConsoleText
{
    public static readonly LocalizedText ServiceRefused = new(
        "サービスが要求を受け付けませんでした。",
        "The service did not accept the request.");

    public static readonly LocalizedText ReasonLabel = new("理由", "Reason");
    public static readonly LocalizedText ReasonHint = new(
        "監査ログに記録されます（500文字まで）。",
        "It is written to the audit log (up to 500 characters).");
    public static readonly LocalizedText ReasonRequired = new("理由を入力してください。", "Enter a reason.");
    public static readonly LocalizedText ReasonTooLong = new("理由は500文字までで入力してください。", "The reason must be 500 characters or fewer.");
}
