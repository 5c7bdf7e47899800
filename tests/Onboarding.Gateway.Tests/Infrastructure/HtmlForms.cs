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

    /// <summary>Gets <paramref name="pagePath"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(pagePath);
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    /// <summary>The start tag of the element with id <paramref name="id"/>, e.g. <c>&lt;input id="email" ...&gt;</c>.</summary>
    public static string Tag(string html, string id)
    {
        var match = Regex.Match(html, $"""<[a-z]+\b[^>]*\bid="{Regex.Escape(id)}"[^>]*>""");
        Assert.True(match.Success, $"The page has no element with id '{id}'.");
        return match.Value;
    }

    /// <summary>The decoded value of <paramref name="name"/> in a start tag, or null when the attribute is absent.</summary>
    public static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"""\s{Regex.Escape(name)}="(?<value>[^"]*)" """.TrimEnd());
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : null;
    }

    /// <summary>The text of the element with id <paramref name="id"/>, tags stripped and entities decoded.</summary>
    public static string Text(string html, string id)
    {
        var match = Regex.Match(html, $"""<(?<tag>[a-z0-9]+)\b[^>]*\bid="{Regex.Escape(id)}"[^>]*>(?<inner>.*?)</\k<tag>>""", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no element with id '{id}'.");
        return WebUtility.HtmlDecode(Regex.Replace(match.Groups["inner"].Value, "<[^>]+>", "")).Trim();
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryTokenInput();
}
