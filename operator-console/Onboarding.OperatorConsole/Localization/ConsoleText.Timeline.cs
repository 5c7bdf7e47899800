using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

/// <summary>The names of the timeline's entries and facts (each service's kinds, docs/api.md "Help desk").</summary>
public static partial class ConsoleText
{
    private static readonly Dictionary<string, LocalizedText> TimelineKinds = new()
    {
        // membership
        ["member.imported"] = new("名簿に登録", "Added from the roster"),
        ["member.identified"] = new("初めて本人確認（組合員番号と生年月日）", "First identified (member number and birth date)"),
        ["lookup.succeeded"] = new("組合員番号と生年月日の照会に成功", "Member number and birth date accepted"),
        ["lookup.failed"] = new("組合員番号・生年月日の誤り", "Wrong member number or birth date"),
        ["lookup.locked"] = new("照会のロック", "Lookups locked"),
        ["lookup.unlocked"] = new("照会のロックを窓口で解除", "Lookup lock lifted by the help desk"),
        ["passcode.sent"] = new("STEP 1 パスコードを送信", "STEP 1 passcode sent"),
        ["passcode.confirmed"] = new("STEP 1 パスコードを確認", "STEP 1 passcode confirmed"),
        ["step1.completed"] = new("STEP 1 完了", "STEP 1 done"),
        ["step2.completed"] = new("STEP 2 完了（アカウント作成）", "STEP 2 done (account created)"),
        ["step3.wallet-linked"] = new("STEP 3 電子マネーを連携", "STEP 3 e-money linked"),
        ["step3.wallet-unlinked"] = new("電子マネーの連携を解除", "E-money unlinked"),
        ["journey.completed"] = new("すべての手続きが完了", "Everything done"),
        ["reminder.sent"] = new("期限前のお知らせを送信", "Deadline reminder sent"),
    };

    private static readonly Dictionary<string, LocalizedText> TimelineFacts = new()
    {
        ["coop"] = new("生協", "co-op"),
        ["email"] = new("メール", "e-mail"),
        ["phone"] = new("電話", "phone"),
        ["target"] = new("宛先", "to"),
        ["status"] = new("状態", "status"),
        ["failedAttempts"] = new("誤り", "wrong tries"),
        ["lockout"] = new("連続ロック回数", "lock-out in a row"),
        ["lockedUntil"] = new("ロック期限", "locked until"),
        ["wave"] = new("回", "wave"),
        ["stage"] = new("段階", "stage"),
        ["channel"] = new("方法", "channel"),
        ["template"] = new("種類", "kind"),
        ["attempts"] = new("試行", "attempts"),
        ["reason"] = new("理由", "reason"),
    };

    /// <summary>An entry's name for people; a kind this table does not know is shown as the service sent it.</summary>
    public static LocalizedText TimelineKind(string kind) => TimelineKinds.TryGetValue(kind, out var name) ? name : new(kind, kind);

    public static LocalizedText TimelineFact(string fact) => TimelineFacts.TryGetValue(fact, out var name) ? name : new(fact, fact);
}
