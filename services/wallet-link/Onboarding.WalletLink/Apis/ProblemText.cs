namespace Onboarding.WalletLink.Apis;

/// <summary>Every error a member can meet in STEP 3's link, in Japanese and English.</summary>
public static class ProblemText
{
    private sealed record Text(string Ja, string En);

    private static readonly Dictionary<string, Text> Titles = new()
    {
        ["validation_failed"] = new("入力内容をご確認ください。", "Please check what you entered."),
        ["sign_in_required"] = new(
            "サインインの有効期限が切れました。もう一度サインインしてください。",
            "Your sign-in has expired. Please sign in again."),
        ["already_linked"] = new(
            "PokePayとの連携はすでに完了しています。電子マネーマイページをご覧ください。",
            "Your PokePay wallet is already linked. Please see your e-money mypage."),
        ["not_linked"] = new(
            "PokePayとまだ連携していません。",
            "Your PokePay wallet is not linked yet."),
        ["provider_unavailable"] = new(
            "PokePayに接続できませんでした。しばらくしてからもう一度お試しください。",
            "We could not reach PokePay. Please try again in a little while."),
    };

    private static readonly Dictionary<string, Text> FieldErrors = new()
    {
        ["returnUrl.invalid"] = new("戻り先はこのサイト内のパスで指定してください。", "The return address must be a path on this site."),
    };

    public static string Title(string code, string culture) => Pick(Titles[code], culture);

    public static string Field(string key, string culture) => Pick(FieldErrors[key], culture);

    /// <summary>For tests: every code and field key, so none is left untranslated.</summary>
    public static IEnumerable<(string Ja, string En)> All =>
        Titles.Values.Concat(FieldErrors.Values).Select(text => (text.Ja, text.En));

    private static string Pick(Text text, string culture) => culture == "en" ? text.En : text.Ja;
}
