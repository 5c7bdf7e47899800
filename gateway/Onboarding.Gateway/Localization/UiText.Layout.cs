using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Every string the member web UI shows, Japanese first (its wording follows the co-op's printed notice, 組合員の皆さまへ
/// 重要なお知らせ) and English, split by page area over the <c>UiText.*.cs</c> files. Pages read them in the request's
/// language through <see cref="UiLanguage"/>. Names ending in <c>Format</c> take a <c>{0}</c> argument (a few,
/// documented where declared, also <c>{1}</c>); names ending in <c>Pattern</c> are .NET date/time formats.
/// </summary>
public static partial class UiText
{
    // Layout
    public static readonly LocalizedText SiteTitle = new(
        "大学生協 電子マネー登録",
        "University Co-op E-money Registration");

    public static readonly LocalizedText SiteTagline = new(
        "組合員の皆さまへ",
        "For co-op members");

    public static readonly LocalizedText SkipToContent = new(
        "本文へ移動",
        "Skip to main content");

    public static readonly LocalizedText FooterContact = new(
        "認証・登録時のエラーやご不明な点がございましたら、生協までお問い合わせください。",
        "If you run into an error or have any questions, please contact your university co-op.");

    /// <summary>The culture the language switch changes to, and its label written in that language.</summary>
    public static readonly LocalizedText SwitchToCulture = new(
        "en",
        "ja");

    public static readonly LocalizedText SwitchToLabel = new(
        "English",
        "日本語");

    public static readonly LocalizedText SwitchToDescription = new(
        "Show this page in English",
        "日本語で表示する");

    /// <summary>Date pattern (e.g. <c>2027年1月1日（金）</c> / <c>Friday, January 1, 2027</c>).</summary>
    public static readonly LocalizedText DateFormat = new(
        "yyyy年M月d日（ddd）",
        "dddd, MMMM d, yyyy");

    // The three steps and the progress indicator
    public static readonly LocalizedText ProgressLabel = new(
        "登録の進み具合",
        "Registration progress");

    public static readonly LocalizedText StepNumberFormat = new(
        "STEP {0}",
        "STEP {0}");

    public static readonly LocalizedText Step1Title = new(
        "メールアドレスの確認",
        "Confirm your email address");

    public static readonly LocalizedText Step2Title = new(
        "マイポータルへの登録",
        "Register with My Portal");

    public static readonly LocalizedText Step3Title = new(
        "PokePay認証",
        "PokePay authentication");

    public static readonly LocalizedText Step1Description = new(
        "通知書に記載の組合員番号と生年月日を入力し、登録済みのメールアドレスを確認します。登録がない方は、新しいメールアドレスを登録します。",
        "Enter the member number and birth date printed on your notice and confirm the email address we have on file. If there is none, register a new one.");

    public static readonly LocalizedText Step2Description = new(
        "STEP 1で確認したメールアドレスでマイポータルに登録し、パスワードを設定します。電話番号の認証（携帯電話へのSMS、または音声通話。音声通話は固定電話も可）も行います。",
        "Sign up for My Portal with the email address you confirmed in STEP 1 and set a password. You also verify a phone number (by SMS to a mobile, or by a voice call, which also works for a landline).");

    public static readonly LocalizedText Step3Description = new(
        "マイポータルにサインインしてPokePayと連携し、電子マネー機能の認証を行います。電子マネーマイページが表示されたら登録完了です。",
        "Sign in to My Portal and link PokePay to activate your e-money. Registration is complete when your e-money page appears.");

    public static readonly LocalizedText StepStateDone = new(
        "完了",
        "done");

    public static readonly LocalizedText StepStateCurrent = new(
        "現在のステップ",
        "current step");

    public static readonly LocalizedText StepStateRemaining = new(
        "未完了",
        "not done yet");

    /// <summary>Added to 完了 when the page shown belongs to that step.</summary>
    public static readonly LocalizedText StepStateHereSuffix = new(
        "（表示中）",
        " (this page)");

    public static LocalizedText StepTitle(int step) => step switch
    {
        1 => Step1Title,
        2 => Step2Title,
        3 => Step3Title,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static LocalizedText StepDescription(int step) => step switch
    {
        1 => Step1Description,
        2 => Step2Description,
        3 => Step3Description,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
