namespace Onboarding.Gateway.Localization;

public sealed partial record UiText
{
    // Wording follows the co-op's printed notice (組合員の皆さまへ 重要なお知らせ).
    public static readonly UiText Japanese = new()
    {
        SiteTitle = "大学生協 電子マネー登録",
        SiteTagline = "組合員の皆さまへ",
        SkipToContent = "本文へ移動",
        FooterContact = "認証・登録時のエラーやご不明な点がございましたら、生協までお問い合わせください。",
        SwitchToCulture = "en",
        SwitchToLabel = "English",
        SwitchToDescription = "Show this page in English",
        DateFormat = "yyyy年M月d日（ddd）",

        ProgressLabel = "登録の進み具合",
        StepNumberFormat = "STEP {0}",
        Step1Title = "メールアドレスの確認",
        Step2Title = "マイポータルへの登録",
        Step3Title = "PokePay認証",
        Step1Description = "通知書に記載の組合員番号と生年月日を入力し、登録済みのメールアドレスを確認します。登録がない方は、新しいメールアドレスを登録します。",
        Step2Description = "STEP 1で確認したメールアドレスでマイポータルに登録し、パスワードを設定します。携帯電話番号の認証（SMSまたは音声通話）も行います。",
        Step3Description = "マイポータルにサインインしてPokePayと連携し、電子マネー機能の認証を行います。電子マネーマイページが表示されたら登録完了です。",
        StepStateDone = "完了",
        StepStateCurrent = "現在のステップ",
        StepStateRemaining = "未完了",

        HomeTitle = "電子マネーの利用登録のお願い",
        HomeEyebrow = "重要なお知らせ",
        HomeCutoverWarningFormat = "登録をしないと、{0}から電子マネーが使用できなくなります。",
        HomePcNote = "スマートフォンをお持ちでない方も、3つのSTEPでパソコンから登録できます。",
        HomeDeadlineHeading = "登録の期限",
        HomeDeadlineFormat = "{0}までに、3つのSTEPをすべて完了してください。",
        HomeOrderHeading = "必ず手順どおりに進めてください",
        HomeOrderText = "STEP 1、STEP 2、STEP 3の順番に進めてください。前のSTEPが完了するまで、次のSTEPには進めません。",
        HomeResumeText = "途中で中断しても、あとから続きのSTEPを再開できます。",
        HomeStepsHeading = "登録の手順",
        HomeNeedsHeading = "ご用意いただくもの",
        HomeNeedNotice = "通知書（組合員番号と生年月日を確認します）",
        HomeNeedEmail = "メールを受信できるメールアドレス",
        HomeNeedPhone = "SMSまたは電話を受けられる携帯電話",
        HomeStartButton = "STEP 1から登録を始める",

        ErrorTitle = "エラーが発生しました",
        ErrorText = "申し訳ありません。処理中に問題が発生しました。しばらく時間をおいて、もう一度お試しください。",
        NotFoundTitle = "ページが見つかりません",
        NotFoundText = "お探しのページは見つかりませんでした。URLに誤りがないかご確認ください。",
        BackToHome = "トップページへ戻る",

        ProblemGenericTitle = "エラーが発生しました。",
        ProblemNotFoundTitle = "指定されたページまたはデータが見つかりません。",
        ProblemServiceUnavailableTitle = "ただいまサービスに接続できません。しばらくしてからもう一度お試しください。",
        ProblemTooManyRequestsTitle = "短時間にアクセスが集中しています。",
        ProblemTooManyRequestsDetailFormat = "{0}秒ほど待ってから、もう一度お試しください。",
    };
}
