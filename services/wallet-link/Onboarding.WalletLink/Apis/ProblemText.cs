// This service's problems: the shared shape with this table's wording, written Problems.Of(...) / Problems.Validation(...).
global using Problems = Onboarding.ServiceDefaults.Problems.LocalizedProblems<Onboarding.WalletLink.Apis.ProblemText>;
using Onboarding.ServiceDefaults.Localization;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.WalletLink.Apis;

/// <summary>Every error a member can meet in STEP 3's link, in Japanese and English.</summary>
public sealed class ProblemText : IProblemText
{
    private static readonly Dictionary<string, LocalizedText> Titles = new()
    {
        [CommonProblemText.ValidationCode] = CommonProblemText.ValidationFailed,
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

    private static readonly Dictionary<string, LocalizedText> FieldErrors = new()
    {
        ["returnUrl.invalid"] = new("戻り先はこのサイト内のパスで指定してください。", "The return address must be a path on this site."),
    };

    public static string Title(string code, string culture) => Titles[code].In(culture);

    public static string Field(string key, string culture) => FieldErrors[key].In(culture);
}
