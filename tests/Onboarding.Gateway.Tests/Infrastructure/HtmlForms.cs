using System.Net;
using System.Text.RegularExpressions;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>Just enough HTML handling to post the gateway's forms the way a browser without JavaScript would.</summary>
public static partial class HtmlForms
{
    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryTokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Posts the language switch of the page at <paramref name="path"/>, as clicking it would.</summary>
    public static async Task<HttpResponseMessage> SwitchLanguageAsync(HttpClient client, string culture, string path = "/")
    {
        var page = await client.GetStringAsync(path);
        return await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = path,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        }));
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryTokenInput();
}
