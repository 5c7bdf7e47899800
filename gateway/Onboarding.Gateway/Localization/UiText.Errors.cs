using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // Error pages
    public static readonly LocalizedText ErrorTitle = new(
        "エラーが発生しました",
        "Something went wrong");

    public static readonly LocalizedText ErrorText = new(
        "申し訳ありません。処理中に問題が発生しました。しばらく時間をおいて、もう一度お試しください。",
        "Sorry, a problem occurred while processing your request. Please wait a moment and try again.");

    public static readonly LocalizedText NotFoundTitle = new(
        "ページが見つかりません",
        "Page not found");

    public static readonly LocalizedText NotFoundText = new(
        "お探しのページは見つかりませんでした。URLに誤りがないかご確認ください。",
        "We could not find the page you were looking for. Please check the address.");

    public static readonly LocalizedText BackToHome = new(
        "トップページへ戻る",
        "Back to the top page");

    // Problem details written by the gateway itself (the services localise their own)
    public static readonly LocalizedText ProblemGenericTitle = new(
        "エラーが発生しました。",
        "An error occurred.");

    public static readonly LocalizedText ProblemNotFoundTitle = new(
        "指定されたページまたはデータが見つかりません。",
        "The requested page or data was not found.");

    public static readonly LocalizedText ProblemServiceUnavailableTitle = new(
        "ただいまサービスに接続できません。しばらくしてからもう一度お試しください。",
        "The service cannot be reached right now. Please try again later.");

    public static readonly LocalizedText ProblemTooManyRequestsTitle = new(
        "短時間にアクセスが集中しています。",
        "Too many requests in a short time.");

    public static readonly LocalizedText ProblemTooManyRequestsDetailFormat = new(
        "{0}秒ほど待ってから、もう一度お試しください。",
        "Please wait about {0} seconds and try again.");
}
