// This service's problems: the shared shape with this table's wording, written Problems.Of(...) / Problems.Validation(...).
global using Problems = Onboarding.ServiceDefaults.Problems.LocalizedProblems<Onboarding.Notification.Apis.ProblemText>;
using Onboarding.ServiceDefaults.Localization;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.Notification.Apis;

/// <summary>
/// The problems of notification's operator API that staff read (the help desk), in Japanese and English. Twilio's
/// status callbacks answer in English only: a machine, not a person, reads those.
/// </summary>
public sealed class ProblemText : IProblemText
{
    private static readonly Dictionary<string, LocalizedText> Titles = new()
    {
        [CommonProblemText.ValidationCode] = CommonProblemText.ValidationFailed,
        ["recipient_search_unavailable"] = new(
            "宛先の鍵が設定されていないため、送信履歴を宛先で検索できません。",
            "The delivery log cannot be searched by recipient: no recipient key is configured."),
    };

    private static readonly Dictionary<string, LocalizedText> FieldErrors = new()
    {
        ["recipients.required"] = new("検索するメールアドレスか電話番号を入力してください。", "Please enter an e-mail address or phone number to search for."),
        ["recipients.too_many"] = new("一度に検索できる宛先は5件までです。", "At most 5 recipients can be searched at once."),
        ["recipients.invalid"] = new(
            "メールアドレスか電話番号（例：090-1234-5678、+819012345678）を入力してください。",
            "Enter an e-mail address or a phone number (e.g. 090-1234-5678, +819012345678)."),
    };

    public static string Title(string code, string culture) => Titles[code].In(culture);

    public static string Field(string key, string culture) => FieldErrors[key].In(culture);
}
