using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // The journey as a whole: resume (続きから再開する), skipping ahead, and the way on from a step taken out of order
    public static readonly LocalizedText HeaderLinksLabel = new(
        "サイト内の移動",
        "Site links");

    public static readonly LocalizedText ResumeLink = new(
        "続きから再開する",
        "Resume");

    public static readonly LocalizedText HomeResumeHeading = new(
        "前回の続きから",
        "Continue where you left off");

    public static readonly LocalizedText HomeResumeButton = new(
        "続きから再開する",
        "Resume");

    public static readonly LocalizedText ResumeTitle = new(
        "続きから再開する",
        "Resume your registration");

    public static readonly LocalizedText ResumeIntro = new(
        "通知書に記載の組合員番号と生年月日を入力してください。登録がどこまで進んでいるかを確認し、続きのSTEPへご案内します。",
        "Enter the member number and birth date from your notice. We will check how far your registration has got and take you to the step where you left off.");

    public static readonly LocalizedText ResumeSubmit = new(
        "続きを確認する",
        "Find where I left off");

    public static readonly LocalizedText ResumeFirstTimeNote = new(
        "初めての方は、STEP 1から始めてください。",
        "If this is your first time, please start with STEP 1.");

    public static readonly LocalizedText ResumeCompletedText = new(
        "3つのSTEPはすべて完了しています。電子マネーマイページを見るには、登録したメールアドレスでサインインしてください。",
        "All three steps are complete. To see your e-money mypage, sign in with the e-mail address you registered.");

    public static readonly LocalizedText Step1AlreadyDoneTitle = new(
        "STEP 1はすでに完了しています",
        "STEP 1 is already complete");

    public static readonly LocalizedText Step1AlreadyDoneText = new(
        "この組合員番号のメールアドレスの確認は完了しています。続きのSTEP 2 マイポータルへの登録へ進めます。",
        "The e-mail address for this member number has already been confirmed. You can go on to STEP 2, registering with My Portal.");

    public static readonly LocalizedText AlreadyCompletedTitle = new(
        "STEP 1〜3はすでに完了しています（登録完了）",
        "STEPs 1 to 3 are already complete (registration complete)");

    public static readonly LocalizedText AlreadyCompletedText = new(
        "登録は完了しています。電子マネーマイページは、STEP 3の画面からサインインして表示できます。",
        "Your registration is complete. Sign in on the STEP 3 screen to see your e-money mypage.");

    public static readonly LocalizedText SkipToStep2Button = new(
        "STEP 2 マイポータルへの登録へ進む",
        "Go on to STEP 2: register with My Portal");

    public static readonly LocalizedText SkipToStep3Button = new(
        "STEP 3 PokePay認証へ進む",
        "Go on to STEP 3: PokePay authentication");

    public static readonly LocalizedText Step1RedoNote = new(
        "メールアドレスを変更する場合は、このまま「メールアドレスを確認する」からSTEP 1をやり直せます。",
        "To change your e-mail address, you can do STEP 1 again with \"Confirm e-mail address\" below.");

    public static readonly LocalizedText Step2AlreadyDoneText = new(
        "STEP 2 マイポータルへの登録はすでに完了しています。STEP 3へお進みください。",
        "STEP 2, registering with My Portal, is already complete. Please go on to STEP 3.");

    public static readonly LocalizedText Step2MaskedEmailLabel = new(
        "STEP 1で確認したメールアドレス（一部マスキングしています）",
        "E-mail address confirmed in STEP 1 (partly masked)");

    public static readonly LocalizedText Step2ResumedEmailText = new(
        "次の画面で、このメールアドレスを省略せずに入力してください。",
        "On the next screen, type this e-mail address in full.");

    public static readonly LocalizedText SignupMaskedEmailHintFormat = new(
        "STEP 1で確認したメールアドレス：{0}",
        "The address you confirmed in STEP 1: {0}");

    public static readonly LocalizedText Step1FirstTitle = new(
        "先にSTEP 1 メールアドレスの確認を行ってください",
        "Please do STEP 1, confirming your e-mail address, first");

    public static readonly LocalizedText Step1FirstText = new(
        "マイポータルへの登録には、STEP 1で確認したメールアドレスが必要です。STEP 1でメールアドレスを確認してから、そのアドレスでサインアップしてください。",
        "Registering with My Portal needs the e-mail address you confirmed in STEP 1. Confirm your address in STEP 1, then sign up here with that address.");

    public static readonly LocalizedText Step3NoAccountText = new(
        "STEP 2 マイポータルへの登録がまだの方は、サインインできません（確認コードは届きません）。先にSTEP 2を行ってください。",
        "If you have not done STEP 2 (registering with My Portal) yet, you cannot sign in and no code will arrive. Please do STEP 2 first.");

    public static readonly LocalizedText Step3NoAccountLink = new(
        "STEP 2 マイポータルへの登録へ",
        "Go to STEP 2: register with My Portal");

    public static readonly LocalizedText PhoneCodeVoiceTitle = new(
        "電話でお知らせしたコードを入力",
        "Enter the code we read out to you");
}
