// This service's problems: the shared shape with this table's wording, written Problems.Of(...) / Problems.Validation(...).
global using Problems = Onboarding.ServiceDefaults.Problems.LocalizedProblems<Onboarding.Membership.Apis.ProblemText>;
using Onboarding.ServiceDefaults.Localization;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.Membership.Apis;

/// <summary>
/// Every error a member can meet in STEP 1, and those of the onboarding-progress endpoints, in Japanese and English:
/// a title and what to do.
/// </summary>
public sealed class ProblemText : IProblemText
{
    private static readonly Dictionary<string, LocalizedText> Titles = new()
    {
        [CommonProblemText.ValidationCode] = CommonProblemText.ValidationFailed,
        ["member_not_found"] = new(
            "組合員番号または生年月日が正しくありません。通知書をご確認のうえ、もう一度入力してください。",
            "The member number or birth date is not correct. Please check your notice and try again."),
        ["too_many_attempts"] = new(
            "入力の誤りが続いたため、しばらく受け付けを停止しています。時間をおいてからお試しください。",
            "Too many incorrect attempts. Please wait and try again later."),
        ["lookup_expired"] = new(
            "確認の有効期限が切れました。組合員番号と生年月日の入力からやり直してください。",
            "This confirmation has expired. Please enter your member number and birth date again."),
        ["lookup_not_found"] = new(
            "確認情報が見つかりません。組合員番号と生年月日の入力からやり直してください。",
            "We could not find this confirmation. Please enter your member number and birth date again."),
        ["no_registered_email"] = new(
            "登録されているメールアドレスはありません。「メールアドレスの新規登録を行う」から登録してください。",
            "There is no e-mail address on file. Please register one under \"Register a new e-mail address\"."),
        ["resend_too_soon"] = new(
            "パスコードを送信したばかりです。少し待ってから再送信してください。",
            "A passcode was just sent. Please wait a moment before sending another."),
        ["daily_limit_reached"] = new(
            "本日送信できるパスコードの上限に達しました。時間をおいてからお試しください。",
            "You have reached today's limit of passcodes. Please try again later."),
        ["challenge_not_found"] = new(
            "パスコードの確認情報が見つかりません。パスコードの送信からやり直してください。",
            "We could not find this passcode request. Please send a new passcode."),
        ["invalid_passcode"] = new("パスコードが正しくありません。", "The passcode is not correct."),
        ["passcode_expired"] = new(
            "パスコードの有効期限が切れました。新しいパスコードを送信してください。",
            "The passcode has expired. Please send a new passcode."),
        ["passcode_locked"] = new(
            "パスコードの入力誤りが上限に達しました。新しいパスコードを送信してください。",
            "Too many incorrect passcodes. Please send a new passcode."),
        ["passcode_used"] = new(
            "このパスコードは使用済みです。メールアドレスの確認はすでに完了しています。",
            "This passcode has already been used. Your e-mail address is already confirmed."),
        ["passcode_superseded"] = new(
            "新しいパスコードを送信したため、このパスコードは無効になりました。最新のメールのパスコードを入力してください。",
            "A newer passcode was sent, so this one no longer works. Please use the code in the latest e-mail."),
        // Onboarding progress (an operator's or the signed-in member's own): a member id that is not on the roster.
        ["member_id_not_found"] = new("該当する組合員が見つかりません。", "No member with this id was found."),
        // Deadline reminder waves (operators, §9.8).
        ["wave_not_found"] = new("該当するリマインドの回が見つかりません。", "No reminder wave with this id was found."),
        ["wave_already_released"] = new(
            "この回はすでに送信を開始したか、送信を許可済みです。",
            "This wave has already been released or has started sending."),
        ["member_not_on_roster"] = new("その組合員は名簿にありません。", "There is no such member on the roster."),
        ["no_pending_passcode"] = new(
            "この組合員に有効期限内のパスコードはありません。組合員番号と生年月日の入力からやり直すよう案内してください。",
            "This member has no passcode waiting. Ask them to start again from the member number and birth date."),
        ["credential_required"] = new(
            "ログインが必要です。マイポータルにログインしてからお試しください。",
            "Please sign in to the portal first."),
        ["access_denied"] = new(
            "ご本人の登録状況のみ確認できます。",
            "You can only see your own registration progress."),
    };

    private static readonly Dictionary<string, LocalizedText> FieldErrors = new()
    {
        ["memberNumber.required"] = new("生協組合員番号を入力してください。", "Please enter your co-op member number."),
        ["memberNumber.format"] = new("生協組合員番号は数字12桁で入力してください。", "The co-op member number must be 12 digits."),
        ["birthDate.required"] = new("生年月日を選択してください。", "Please select your birth date."),
        ["birthDate.invalid"] = new("生年月日が正しくありません。実在する過去の日付を選択してください。", "The birth date is not valid. Please select a real date in the past."),
        ["target.invalid"] = new("送信先を選択してください。", "Please choose where to send the passcode."),
        ["email.required"] = CommonProblemText.EmailRequired,
        ["email.invalid"] = CommonProblemText.EmailInvalid,
        ["emailConfirmation.required"] = new("確認用メールアドレスを入力してください。", "Please enter your e-mail address again."),
        ["emailConfirmation.mismatch"] = new("確認用メールアドレスが一致しません。", "The two e-mail addresses do not match."),
        ["passcode.required"] = new("パスコードを入力してください。", "Please enter the passcode."),
        ["passcode.format"] = new("パスコードは数字6桁で入力してください。", "The passcode is 6 digits."),
        // The operators' funnel (§9.6).
        ["stage.invalid"] = new(
            "段階は not_started、step1、step2、step3、completed のいずれかを指定してください。",
            "The stage must be one of not_started, step1, step2, step3, completed."),
        ["coop.tooLong"] = new("生協名が長すぎます（200文字まで）。", "The co-op name is too long (200 characters at most)."),
        ["days.range"] = new("日数は1から366の整数で指定してください。", "The number of days must be a whole number from 1 to 366."),
        // The help desk's search and member pages (§9.9).
        ["kind.unknown"] = new("検索の種類を選んでください（組合員番号・氏名・メールアドレス）。", "Choose what to search by: member number, name or e-mail address."),
        ["query.required"] = new("検索する文字を入力してください。", "Enter something to search for."),
        ["query.tooLong"] = new("検索する文字が長すぎます（100文字まで）。", "That is too long to search for (100 characters at most)."),
        ["query.number.digits"] = new("組合員番号は数字で入力してください。", "A member number is digits only."),
        ["query.number.tooShort"] = new("組合員番号は4桁以上12桁以内で入力してください。", "Enter 4 to 12 digits of the member number."),
        ["query.name.tooShort"] = new("氏名またはカナは2文字以上で入力してください。", "Enter at least 2 characters of the name or kana."),
        ["query.email.tooShort"] = new("メールアドレスは3文字以上で入力してください。", "Enter at least 3 characters of the e-mail address."),
        ["memberIds.count"] = new("組合員IDを1件以上20件以内で指定してください。", "Give 1 to 20 member ids."),
        ["memberId.format"] = new("組合員IDの形式が正しくありません。", "That is not a member id."),
    };

    public static string Title(string code, string culture) => Titles[code].In(culture);

    public static string Field(string key, string culture) => FieldErrors[key].In(culture);
}
