using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // Landing page
    public static readonly LocalizedText HomeTitle = new(
        "電子マネーの利用登録のお願い",
        "Please register to keep using your e-money");

    public static readonly LocalizedText HomeEyebrow = new(
        "重要なお知らせ",
        "Important notice");

    public static readonly LocalizedText HomeCutoverWarningFormat = new(
        "登録をしないと、{0}から電子マネーが使用できなくなります。",
        "If you do not register, your e-money stops working from {0}.");

    public static readonly LocalizedText HomePcNote = new(
        "スマートフォンをお持ちでない方も、3つのSTEPでパソコンから登録できます。",
        "You can register from a PC in three steps, even without a smartphone.");

    public static readonly LocalizedText HomeDeadlineHeading = new(
        "登録の期限",
        "Deadline");

    public static readonly LocalizedText HomeDeadlineFormat = new(
        "{0}までに、3つのSTEPをすべて完了してください。",
        "Please complete all three steps by {0}.");

    public static readonly LocalizedText HomeOrderHeading = new(
        "必ず手順どおりに進めてください",
        "Follow the steps in order");

    public static readonly LocalizedText HomeOrderText = new(
        "STEP 1、STEP 2、STEP 3の順番に進めてください。前のSTEPが完了するまで、次のSTEPには進めません。",
        "Go through STEP 1, STEP 2 and STEP 3 in this order. A step opens only when the one before it is complete.");

    public static readonly LocalizedText HomeResumeText = new(
        "途中で中断しても、あとから続きのSTEPを再開できます。",
        "You can stop at any time and continue later where you left off.");

    public static readonly LocalizedText HomeStepsHeading = new(
        "登録の手順",
        "The three steps");

    public static readonly LocalizedText HomeNeedsHeading = new(
        "ご用意いただくもの",
        "What you need");

    public static readonly LocalizedText HomeNeedNotice = new(
        "通知書（組合員番号と生年月日を確認します）",
        "Your notice letter (for your member number and birth date)");

    public static readonly LocalizedText HomeNeedEmail = new(
        "メールを受信できるメールアドレス",
        "An email address where you can receive mail");

    public static readonly LocalizedText HomeNeedPhone = new(
        "SMSを受けられる携帯電話（SMSが受信できない方は、音声電話を受けられる電話。固定電話も可）",
        "A mobile phone that can receive SMS (or, if you cannot receive SMS, any phone that can take a voice call, landlines included)");

    public static readonly LocalizedText HomeStartButton = new(
        "STEP 1から登録を始める",
        "Start with STEP 1");
}
