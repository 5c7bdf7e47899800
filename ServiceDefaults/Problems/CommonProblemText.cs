using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.ServiceDefaults.Problems;

/// <summary>Wording every service's table shares word for word, written once.</summary>
public static class CommonProblemText
{
    public const string ValidationCode = "validation_failed";

    public static readonly LocalizedText ValidationFailed = new("入力内容をご確認ください。", "Please check what you entered.");

    // The e-mail rules are the same everywhere (Onboarding.Contracts' EmailAddress), so are their messages.
    public static readonly LocalizedText EmailRequired = new("メールアドレスを入力してください。", "Please enter your e-mail address.");

    public static readonly LocalizedText EmailInvalid = new(
        "メールアドレスの形式が正しくありません。半角英数字記号で入力してください。", "This e-mail address is not valid.");
}
