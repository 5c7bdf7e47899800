using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.Membership.Apis;

/// <summary>
/// Problems of the onboarding-progress endpoints. Their own wording: here <c>member_not_found</c> means an unknown
/// member id (asked by an operator or a signed-in member), not STEP 1's wrong number or birth date.
/// </summary>
public static class OnboardingProblems
{
    private sealed record Text(string Ja, string En);

    private static readonly Dictionary<string, Text> Titles = new()
    {
        ["member_not_found"] = new("該当する組合員が見つかりません。", "No member with this id was found."),
        ["credential_required"] = new(
            "ログインが必要です。マイポータルにログインしてからお試しください。",
            "Please sign in to the portal first."),
        ["access_denied"] = new(
            "ご本人の登録状況のみ確認できます。",
            "You can only see your own registration progress."),
    };

    public static ProblemHttpResult Of(HttpContext http, int status, string code) =>
        LocalizedProblems.Of(http, status, code, Title);

    private static string Title(string code, string culture) => culture == "en" ? Titles[code].En : Titles[code].Ja;
}
