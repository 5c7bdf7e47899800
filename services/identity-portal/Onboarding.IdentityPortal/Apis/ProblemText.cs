namespace Onboarding.IdentityPortal.Apis;

/// <summary>Every error a member can meet in STEP 2, in Japanese and English: a title and what to do.</summary>
public static class ProblemText
{
    private sealed record Text(string Ja, string En);

    private static readonly Dictionary<string, Text> Titles = new()
    {
        ["validation_failed"] = new("入力内容をご確認ください。", "Please check what you entered."),
        ["step1_not_completed"] = new(
            "このメールアドレスはSTEP 1「メールアドレスの確認」が完了していません。先にSTEP 1（/step1）でメールアドレスの確認を行い、確認したメールアドレスでサインアップしてください。",
            "This e-mail address has not been confirmed in STEP 1 (\"Confirm your e-mail address\"). Please complete STEP 1 first (/step1), then sign up with the address you confirmed there."),
        ["account_exists"] = new(
            "このメールアドレスのマイポータルアカウントはすでに登録されています。サインインしてください。",
            "A My Portal account already exists for this e-mail address. Please sign in."),
        ["resend_too_soon"] = new(
            "確認コードを送信したばかりです。少し待ってから再送信してください。",
            "A verification code was just sent. Please wait a moment before sending another."),
        ["daily_limit_reached"] = new(
            "本日送信できる確認コードの上限に達しました。時間をおいてからお試しください。",
            "You have reached today's limit of verification codes. Please try again later."),
        ["signup_not_found"] = new(
            "サインアップの情報が見つかりません。「今すぐサインアップ」からやり直してください。",
            "We could not find this sign-up. Please start again with \"Sign up now\"."),
        ["signup_expired"] = new(
            "サインアップの有効期限が切れました。「今すぐサインアップ」からやり直してください。",
            "This sign-up has expired. Please start again with \"Sign up now\"."),
        ["invalid_code"] = new("確認コードが正しくありません。", "The verification code is not correct."),
        ["code_expired"] = new(
            "確認コードの有効期限が切れました。新しい確認コードを送信してください。",
            "The verification code has expired. Please send a new code."),
        ["code_locked"] = new(
            "確認コードの入力誤りが上限に達しました。新しい確認コードを送信してください。",
            "Too many incorrect codes. Please send a new code."),
        ["code_used"] = new(
            "この確認コードは使用済みです。メールアドレスの確認はすでに完了しています。",
            "This code has already been used. Your e-mail address is already verified."),
        ["code_superseded"] = new(
            "新しい確認コードを送信したため、このコードは無効になりました。最新のメールの確認コードを入力してください。",
            "A newer code was sent, so this one no longer works. Please use the code in the latest e-mail."),
    };

    private static readonly Dictionary<string, Text> FieldErrors = new()
    {
        ["email.required"] = new("メールアドレスを入力してください。", "Please enter your e-mail address."),
        ["email.invalid"] = new("メールアドレスの形式が正しくありません。半角英数字記号で入力してください。", "This e-mail address is not valid."),
        ["code.required"] = new("確認コードを入力してください。", "Please enter the verification code."),
        ["code.format"] = new("確認コードは数字6桁で入力してください。", "The verification code is 6 digits."),
    };

    public static string Title(string code, string culture) => Pick(Titles[code], culture);

    public static string Field(string key, string culture) => Pick(FieldErrors[key], culture);

    /// <summary>For tests: every code and field key, so none is left untranslated.</summary>
    public static IEnumerable<(string Ja, string En)> All =>
        Titles.Values.Concat(FieldErrors.Values).Select(text => (text.Ja, text.En));

    private static string Pick(Text text, string culture) => culture == "en" ? text.En : text.Ja;
}
