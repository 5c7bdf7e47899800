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
        // identity-portal
        ["signup.started"] = new("STEP 2 登録を開始", "STEP 2 sign-up started"),
        ["signup.email-code.sent"] = new("STEP 2 確認コードをメールで送信", "STEP 2 e-mail code sent"),
        ["signup.email-verified"] = new("STEP 2 メールアドレスを確認", "STEP 2 e-mail verified"),
        ["signup.profile-set"] = new("STEP 2 パスワードと氏名を設定", "STEP 2 password and name set"),
        ["signup.phone-code.sent"] = new("STEP 2 電話の確認コードを送信", "STEP 2 phone code sent"),
        ["signup.phone-verified"] = new("STEP 2 電話番号を確認", "STEP 2 phone verified"),
        ["signup.expired"] = new("STEP 2 登録が期限切れ", "STEP 2 sign-up expired"),
        ["account.created"] = new("マイポータルのアカウントを作成", "Portal account created"),
        ["sign-in.started"] = new("ログインを開始（メールのコード）", "Sign-in started (e-mailed code)"),
        ["sign-in.code.sent"] = new("ログインのコードを送信", "Sign-in code sent"),
        ["sign-in.completed"] = new("ログイン", "Signed in"),
        ["sign-in.password-failed"] = new("パスワードの誤り", "Wrong password"),
        ["sign-in.password-locked"] = new("パスワードでのログインをロック", "Password sign-in locked"),
        ["password-reset.started"] = new("パスワードの再設定を開始", "Password reset started"),
        ["password-reset.code.sent"] = new("パスワード再設定のコードを送信", "Password reset code sent"),
        ["password-reset.completed"] = new("パスワードを再設定", "Password reset"),
        ["email-change.requested"] = new("メールアドレスの変更を開始", "E-mail change started"),
        ["email-change.code.sent"] = new("メールアドレス変更のコードを送信", "E-mail change code sent"),
        ["email-change.completed"] = new("メールアドレスを変更", "E-mail changed"),
        ["phone-change.code.sent"] = new("電話番号変更のコードを送信", "Phone change code sent"),
        ["account.deletion-requested"] = new("退会を申請", "Leaving requested"),
        ["account.deleted"] = new("アカウントを削除（退会）", "Account deleted (left)"),
        // wallet-link
        ["wallet.link.started"] = new("STEP 3 電子マネーの連携を開始", "STEP 3 e-money link started"),
        ["wallet.link.completed"] = new("STEP 3 電子マネーを連携", "STEP 3 e-money linked"),
        ["wallet.link.failed"] = new("STEP 3 連携に失敗", "STEP 3 link failed"),
        ["wallet.unlinked"] = new("電子マネーの連携を解除", "E-money unlinked"),
        ["wallet.token-refresh.failed"] = new("電子マネーの連携が切れた（再連携が必要）", "E-money link lapsed (link again)"),
        // notification
        ["delivery.email"] = new("メール", "E-mail"),
        ["delivery.sms"] = new("SMS", "SMS"),
        ["delivery.voice"] = new("音声電話", "Voice call"),
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
        ["outcome"] = new("結果", "outcome"),
        ["recipient"] = new("宛先", "to"),
        ["sentAt"] = new("送信", "sent"),
        ["failureReason"] = new("失敗の理由", "why it failed"),
        ["providerStatus"] = new("通信事業者の報告", "carrier's report"),
        ["providerErrorCode"] = new("エラーコード", "error code"),
        ["method"] = new("方法", "method"),
        ["reached"] = new("到達した段階", "reached"),
        ["provider"] = new("提供元", "provider"),
        ["walletAccount"] = new("ウォレット", "wallet"),
    };

    /// <summary>An entry's name for people; a kind this table does not know is shown as the service sent it.</summary>
    public static LocalizedText TimelineKind(string kind) => TimelineKinds.TryGetValue(kind, out var name) ? name : new(kind, kind);

    public static LocalizedText TimelineFact(string fact) => TimelineFacts.TryGetValue(fact, out var name) ? name : new(fact, fact);
}
