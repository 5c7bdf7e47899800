namespace Onboarding.Membership.Apis;

/// <summary>Every error a member can meet in STEP 1, in Japanese and English: a title and what to do.</summary>
public static class ProblemText
{
    private sealed record Text(string Ja, string En);

    private static readonly Dictionary<string, Text> Titles = new()
    {
        ["validation_failed"] = new("入力内容をご確認ください。", "Please check what you entered."),
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
    };

    private static readonly Dictionary<string, Text> FieldErrors = new()
    {
        ["memberNumber.required"] = new("生協組合員番号を入力してください。", "Please enter your co-op member number."),
        ["memberNumber.format"] = new("生協組合員番号は数字12桁で入力してください。", "The co-op member number must be 12 digits."),
        ["birthDate.required"] = new("生年月日を選択してください。", "Please select your birth date."),
        ["birthDate.invalid"] = new("生年月日が正しくありません。実在する過去の日付を選択してください。", "The birth date is not valid. Please select a real date in the past."),
        ["target.invalid"] = new("送信先を選択してください。", "Please choose where to send the passcode."),
        ["email.required"] = new("メールアドレスを入力してください。", "Please enter your e-mail address."),
        ["email.invalid"] = new("メールアドレスの形式が正しくありません。半角英数字記号で入力してください。", "This e-mail address is not valid."),
        ["emailConfirmation.required"] = new("確認用メールアドレスを入力してください。", "Please enter your e-mail address again."),
        ["emailConfirmation.mismatch"] = new("確認用メールアドレスが一致しません。", "The two e-mail addresses do not match."),
        ["passcode.required"] = new("パスコードを入力してください。", "Please enter the passcode."),
        ["passcode.format"] = new("パスコードは数字6桁で入力してください。", "The passcode is 6 digits."),
    };

    public static string Title(string code, string culture) => Pick(Titles[code], culture);

    public static string Field(string key, string culture) => Pick(FieldErrors[key], culture);

    /// <summary>For tests: every code and field key, so none is left untranslated.</summary>
    public static IEnumerable<(string Ja, string En)> All =>
        Titles.Values.Concat(FieldErrors.Values).Select(text => (text.Ja, text.En));

    private static string Pick(Text text, string culture) => culture == "en" ? text.En : text.Ja;
}
