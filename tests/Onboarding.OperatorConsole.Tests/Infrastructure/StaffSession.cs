using Onboarding.Testing;
using System.Net;
using System.Text.RegularExpressions;

namespace Onboarding.OperatorConsole.Tests.Infrastructure;

/// <summary>
/// Drives the console's forms over HTTP as a browser without JavaScript would: sign-in, enrolment with the key the page
/// shows, the code page, and any other form (each post carries the page's antiforgery token).
/// </summary>
public static partial class StaffSession
{
    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Gets <paramref name="pagePath"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pagePath);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string userName, string password) =>
        PostFormAsync(client, "/signin", "/signin", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string page, string code) =>
        PostFormAsync(client, page, page, new Dictionary<string, string> { ["Code"] = code });

    /// <summary>The first sign-in of a new account: password, the enrolment page's key, a code from it. Returns the key.</summary>
    public static async Task<string> EnrolAsync(HttpClient client, string userName, string password)
    {
        var signedIn = await PostPasswordAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.StartsWith("/enrol", signedIn.Headers.Location?.OriginalString);
        var key = KeyFrom(await client.GetStringAsync("/enrol"));
        var enrolled = await PostCodeAsync(client, "/enrol", Totp.Code(key));
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal("/", enrolled.Headers.Location?.OriginalString);
        return key;
    }

    /// <summary>A later sign-in: password, then a code from the key (<paramref name="steps"/> from now: each code is accepted once).</summary>
    public static async Task SignInAsync(HttpClient client, string userName, string password, string key, int steps = 1)
    {
        var signedIn = await PostPasswordAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.StartsWith("/signin/code", signedIn.Headers.Location?.OriginalString);
        var verified = await PostCodeAsync(client, "/signin/code", Totp.Code(key, steps));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
    }

    /// <summary>The setup key as the enrolment page shows it (lower case, in groups of four), as Base32.</summary>
    public static string KeyFrom(string enrolmentPage)
    {
        var match = KeyElement().Match(enrolmentPage);
        Assert.True(match.Success, "The enrolment page shows no key.");
        return match.Groups["key"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)"|type="hidden" name="__RequestVerificationToken" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("""id="authenticator-key"[^>]*>(?<key>[a-z2-7 ]+)</code>""")]
    private static partial Regex KeyElement();
}
