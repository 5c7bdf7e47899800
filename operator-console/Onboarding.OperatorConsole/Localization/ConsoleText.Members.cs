using Onboarding.OperatorConsole.HelpDesk;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

/// <summary>The help desk: search and the member page (Pages/Members).</summary>
public static partial class ConsoleText
{
    public static readonly LocalizedText NavMembers = new("組合員の検索", "Find a member");
    public static readonly LocalizedText ServiceUnavailable = new(
        "サービスが応答していません。しばらくしてからもう一度お試しください。",
        "The service is not answering. Please try again in a moment.");

    public static readonly LocalizedText MembersTitle = new("組合員の検索", "Find a member");
    public static readonly LocalizedText MembersIntro = new(
        "組合員番号・氏名またはカナ・メールアドレス・電話番号の一部で検索できます。結果は一部を伏せて表示し、開くときに理由を記録します。",
        "Search by part of the member number, the name or kana, the e-mail address or the phone number. Results are partly hidden; opening one records why.");
    public static readonly LocalizedText MembersKindLabel = new("検索の種類", "Search by");
    public static readonly LocalizedText MembersQueryLabel = new("検索する文字", "Search for");
    public static readonly LocalizedText MembersQueryHint = new(
        "番号は4桁以上、氏名・カナは2文字以上、メールは3文字以上、電話は下4桁以上",
        "Number: 4 digits or more; name or kana: 2 characters or more; e-mail: 3 or more; phone: the last 4 digits or more");
    public static readonly LocalizedText MembersSearchButton = new("検索", "Search");
    public static readonly LocalizedText MembersKindInvalid = new("検索の種類を選んでください。", "Choose what to search by.");
    public static readonly LocalizedText MembersQueryRequired = new("検索する文字を入力してください。", "Enter something to search for.");
    public static readonly LocalizedText MembersQueryTooLong = new("検索する文字が長すぎます（100文字まで）。", "That is too long (100 characters at most).");
    public static readonly LocalizedText MembersResultsCaption = new("見つかった組合員", "Members found");
    public static readonly LocalizedText MembersColumnNumber = new("組合員番号", "Member number");
    public static readonly LocalizedText MembersColumnName = new("氏名", "Name");
    public static readonly LocalizedText MembersColumnKana = new("カナ", "Kana");
    public static readonly LocalizedText MembersColumnCoop = new("生協", "Co-op");
    public static readonly LocalizedText MembersColumnStage = new("進み具合", "Where they stand");
    public static readonly LocalizedText MembersColumnOpen = new("開く", "Open");
    public static readonly LocalizedText MembersOpenLink = new("開く", "Open");
    public static readonly LocalizedText MembersNoneFound = new("該当する組合員はいません。", "No member matches.");
    public static readonly LocalizedText MembersTruncated = new(
        "最初の20件だけを表示しています。もっと詳しく入力してください。",
        "Only the first 20 are shown. Enter more to narrow the search.");

    private static readonly Dictionary<string, LocalizedText> SearchKindNames = new()
    {
        [SearchKinds.Number] = new("組合員番号", "Member number"),
        [SearchKinds.Name] = new("氏名・カナ", "Name or kana"),
        [SearchKinds.Email] = new("メールアドレス", "E-mail address"),
        [SearchKinds.Phone] = new("電話番号", "Phone number"),
    };

    public static LocalizedText SearchKind(string kind) => SearchKindNames.TryGetValue(kind, out var name) ? name : new(kind, kind);

    public static readonly LocalizedText MemberTitle = new("組合員", "Member");
    public static readonly LocalizedText MemberOpenTitle = new("組合員情報を開く", "Open this member's data");
    public static readonly LocalizedText MemberOpenIntro = new(
        "組合員の個人情報を表示します。表示したこととその理由は監査ログに記録されます。",
        "This shows the member's personal data. That you opened it, and why, is written to the audit log.");
    public static readonly LocalizedText MemberReasonLabel = new("理由", "Reason");
    public static readonly LocalizedText MemberOpenReasonHint = new("例：電話でのお問い合わせ（受付番号 1234）", "For example: phone call from the member (ticket 1234)");
    public static readonly LocalizedText MemberOpenButton = new("表示する", "Open");
    public static readonly LocalizedText MemberReasonRequired = new("理由を入力してください。", "Give a reason.");
    public static readonly LocalizedText MemberReasonTooLong = new("500文字以内で入力してください。", "Keep it to 500 characters.");
    /// <summary>{0}: the services that did not answer.</summary>
    public static readonly LocalizedText MemberPartsUnavailableFormat = new(
        "次のサービスが応答しなかったため、その情報は表示されていません：{0}",
        "These services did not answer, so their part is missing: {0}");
    public static readonly LocalizedText MemberDetailsTitle = new("名簿と進み具合", "Roster and progress");
    public static readonly LocalizedText MemberBirthDate = new("生年月日", "Birth date");
    public static readonly LocalizedText MemberEmail = new("メールアドレス", "E-mail address");
    public static readonly LocalizedText MemberPhone = new("電話番号", "Phone number");
    public static readonly LocalizedText MemberNone = new("なし", "None");
    public static readonly LocalizedText MemberNotYet = new("—", "—");
    public static readonly LocalizedText MemberStep1Done = new("STEP 1 完了", "STEP 1 done");
    public static readonly LocalizedText MemberStep2Done = new("STEP 2 完了", "STEP 2 done");
    public static readonly LocalizedText MemberStep3Done = new("STEP 3 連携", "STEP 3 linked");
    public static readonly LocalizedText MemberCompleted = new("すべて完了", "All done");
    public static readonly LocalizedText MemberPortalTitle = new("マイポータルのアカウント", "Portal account");
    public static readonly LocalizedText MemberPortalName = new("登録した氏名", "Name given");
    public static readonly LocalizedText MemberPortalCreated = new("作成日時", "Created");
    public static readonly LocalizedText MemberSignInLocked = new("パスワードでのログイン", "Password sign-in");
    /// <summary>{0}: when (Japan time).</summary>
    public static readonly LocalizedText MemberPortalDeletedFormat = new("アカウントは {0} に削除されました（退会）。", "The account was deleted on {0} (the member left).");
    /// <summary>{0}: when it started; {1}: the address; {2}: its status as identity-portal names it.</summary>
    public static readonly LocalizedText MemberSignupFormat = new(
        "アカウントはまだありません。登録を {0} に {1} で始めています（状態：{2}）。",
        "No account yet. A sign-up was started on {0} with {1} (status: {2}).");
    public static readonly LocalizedText MemberNoPortalAccount = new("アカウントはまだありません。", "No account yet.");
    public static readonly LocalizedText MemberLockoutTitle = new("STEP 1 の照会ロックとパスコード", "STEP 1 lookup lock and passcode");
    /// <summary>{0}: until when (Japan time); {1}: lock-outs in a row.</summary>
    public static readonly LocalizedText MemberLockedFormat = new(
        "入力の誤りが続いたため、この組合員番号は {0} までロックされています（{1}回目）。",
        "This member number is locked until {0} after repeated wrong entries (lock-out {1}).");
    /// <summary>{0}: wrong entries since the last success.</summary>
    public static readonly LocalizedText MemberNotLockedFormat = new("ロックされていません（直近の誤り {0} 回）。", "Not locked ({0} wrong entries lately).");
    public static readonly LocalizedText MemberUnlockHint = new(
        "ご本人確認のうえで解除してください。誤りの回数も0に戻ります。",
        "Unlock after checking it is the member. The count of wrong entries starts over.");
    public static readonly LocalizedText MemberUnlockButton = new("ロックを解除する", "Unlock");
    public static readonly LocalizedText MemberUnlockedWasLocked = new("ロックを解除しました。すぐにもう一度入力できます。", "Unlocked. The member can try again now.");
    public static readonly LocalizedText MemberUnlockedNotLocked = new(
        "ロックされていませんでした。誤りの回数を0に戻しました。",
        "It was not locked; the count of wrong entries starts over.");
    public static readonly LocalizedText MemberResendHint = new(
        "待機中のパスコードを新しいものに替えて送ります。古いパスコードは使えなくなるので、新しいメールのリンクから入力するよう案内してください。",
        "Replaces the waiting passcode with a new one. The old code stops working: ask the member to use the link in the new mail.");
    public static readonly LocalizedText MemberResendButton = new("パスコードを再送信する", "Send a new passcode");
    /// <summary>{0}: the masked address.</summary>
    public static readonly LocalizedText MemberPasscodeResentFormat = new(
        "{0} に新しいパスコードを送りました。",
        "A new passcode has been sent to {0}.");
    public static readonly LocalizedText MemberTimelineTitle = new("これまでの経過", "Timeline");
    public static readonly LocalizedText MemberTimelineWhat = new("できごと", "What happened");
    public static readonly LocalizedText MemberTimelineService = new("記録したサービス", "Recorded by");
    public static readonly LocalizedText MemberHistoryTitle = new("スタッフの対応", "What staff did");
    public static readonly LocalizedText MemberNoteLabel = new("対応メモ", "Note");
    public static readonly LocalizedText MemberNoteHint = new(
        "対応した内容を残します（500文字まで）。監査ログに記録され、変更できません。",
        "What you did for the member (500 characters at most). It goes to the audit log and cannot be changed.");
    public static readonly LocalizedText MemberNoteButton = new("対応を記録する", "Record the help given");
    public static readonly LocalizedText MemberNoteRequired = new("対応メモを入力してください。", "Write the note.");
    public static readonly LocalizedText MemberNoteSaved = new("対応を記録しました。", "The help given has been recorded.");
}
