using System.Net;
using System.Text.RegularExpressions;
using Onboarding.Testing.Wallet;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>
/// A member's browser on the sandbox's pages: keeps the provider session cookie, follows the login → 認証コード →
/// consent pages by submitting their forms (antiforgery token included), and stops at the redirect back to the client.
/// </summary>
public sealed partial class SandboxBrowser(HttpClient http, SandboxFactory factory) : IDisposable
{
    private readonly HashSet<Guid> _readMails = [];

    public HttpClient Http => http;

    /// <summary>GETs a page and returns its HTML, failing unless it answers 200.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        using var response = await http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}:\n{html}");
        return html;
    }

    /// <summary>Submits the page's form (to its action, or back to the page's own URL) with the given fields set.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string html, params (string Name, string Value)[] fields)
    {
        var form = HtmlForm.Parse(html);
        foreach (var (name, value) in fields) form.With(name, value);
        return await http.PostAsync(form.Action ?? pageUrl, form.ToContent());
    }

    /// <summary>GET /oauth/authorize up to the login page; returns the login page's URL (its redirect).</summary>
    public async Task<string> StartAuthorizationAsync(string authorizeUrl)
    {
        using var response = await http.GetAsync(authorizeUrl);
        return RedirectTarget(response, "/login");
    }

    /// <summary>Types the contact on the login page; returns the 認証コード page's URL.</summary>
    public async Task<string> SubmitContactAsync(string loginUrl, string contact)
    {
        var html = await GetPageAsync(loginUrl);
        using var response = await SubmitAsync(loginUrl, html, ("Contact", contact));
        return RedirectTarget(response, "/login/code");
    }

    /// <summary>Enters the code; returns where the sandbox sends the member next (back to /oauth/authorize).</summary>
    public async Task<string> SubmitCodeAsync(string codeUrl, string code)
    {
        var html = await GetPageAsync(codeUrl);
        using var response = await SubmitAsync(codeUrl, html, ("Code", code));
        return RedirectTarget(response, "/oauth/authorize");
    }

    /// <summary>The newest 認証コード mailed to <paramref name="email"/> that this browser has not read yet.</summary>
    public async Task<string> ReadMailedCodeAsync(string email)
    {
        using var inbox = factory.Inbox();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var fresh = (await inbox.ListMessagesToAsync(email)).FirstOrDefault(m => !_readMails.Contains(m.Id));
            if (fresh is not null)
            {
                _readMails.Add(fresh.Id);
                Assert.Contains("no-reply@sandbox.pokepay.example", fresh.From ?? "");
                var text = await inbox.GetPlainTextAsync(fresh.Id);
                var code = CodePattern().Match(text);
                Assert.True(code.Success, "The mail carries no 認証コード:\n" + text);
                return code.Groups["code"].Value;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No new mail to {email}.");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// The whole member journey on the provider: authorize → login → mailed code → consent (allow or deny).
    /// Returns the redirect back to the client with its query parameters.
    /// </summary>
    public async Task<ClientRedirect> AuthorizeAsync(string authorizeUrl, string email, bool allow = true)
    {
        var loginUrl = await StartAuthorizationAsync(authorizeUrl);
        var codeUrl = await SubmitContactAsync(loginUrl, email);
        var code = await ReadMailedCodeAsync(email);
        var backToAuthorize = await SubmitCodeAsync(codeUrl, code);
        return await ConsentAsync(backToAuthorize, allow);
    }

    /// <summary>With a provider session already open: the consent page, then the decision.</summary>
    public async Task<ClientRedirect> ConsentAsync(string authorizeUrl, bool allow = true)
    {
        var consent = await GetPageAsync(authorizeUrl);
        Assert.Contains(SandboxFactory.ClientDisplayName, consent);
        using var response = await SubmitAsync(authorizeUrl, consent, ("decision", allow ? "accept" : "deny"));
        return ClientRedirect.From(response);
    }

    public void Dispose() => http.Dispose();

    private static string RedirectTarget(HttpResponseMessage response, string expectedPath)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect to {expectedPath}, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(expectedPath, location);
        return location;
    }

    [GeneratedRegex(@"認証コード: (?<code>\d{6})")]
    private static partial Regex CodePattern();
}
