using Xunit;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Onboarding.Testing.Smtp;

namespace Onboarding.Testing.Wallet;

/// <summary>
/// A member's browser on the wallet provider's own pages (the sandbox): keeps the provider's session cookie, goes
/// authorize → ログイン・新規登録 (e-mail) → 認証コード from the provider's mail → ログイン → consent (アクセスを許可する or
/// deny), submitting each form with its antiforgery token, and stops at the redirect back to the client.
/// </summary>
public sealed partial class ProviderBrowser(HttpClient http, Func<Smtp4devClient> inbox) : IDisposable
{
    public const string ProviderMailSender = "no-reply@sandbox.pokepay.example";

    private readonly HashSet<Guid> _readMails = [];

    public HttpClient Http => http;

    /// <summary>A browser with its own cookies that leaves redirects to the caller, on a provider at <paramref name="baseAddress"/>.</summary>
    public static ProviderBrowser Open(Uri? baseAddress, Func<Smtp4devClient> inbox) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseAddress,
        }, inbox);

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
        var action = form.Action is { Length: > 0 } target ? Resolve(pageUrl, target) : pageUrl;
        return await http.PostAsync(action, form.ToContent());
    }

    /// <summary>The whole member journey on the provider; returns its redirect back to the client.</summary>
    public async Task<ClientRedirect> AuthorizeAsync(string authorizeUrl, string email, bool allow = true, string? expectClientName = null)
    {
        var loginUrl = await StartAuthorizationAsync(authorizeUrl);
        var codeUrl = await SubmitContactAsync(loginUrl, email);
        var code = await ReadMailedCodeAsync(email);
        var backToAuthorize = await SubmitCodeAsync(codeUrl, code);
        return await ConsentAsync(backToAuthorize, allow, expectClientName);
    }

    /// <summary>GET /oauth/authorize up to the login page; returns the login page's URL.</summary>
    public Task<string> StartAuthorizationAsync(string authorizeUrl) => RedirectOfGetAsync(authorizeUrl, "/login");

    /// <summary>Types the contact on the login page (ログイン・新規登録); returns the 認証コード page's URL.</summary>
    public async Task<string> SubmitContactAsync(string loginUrl, string contact)
    {
        var html = await GetPageAsync(loginUrl);
        using var response = await SubmitAsync(loginUrl, html, ("Contact", contact));
        return Resolve(loginUrl, RedirectTarget(response, "/login/code"));
    }

    /// <summary>Enters the code (ログイン); returns where the provider sends the member next (back to /oauth/authorize).</summary>
    public async Task<string> SubmitCodeAsync(string codeUrl, string code)
    {
        var html = await GetPageAsync(codeUrl);
        using var response = await SubmitAsync(codeUrl, html, ("Code", code));
        return Resolve(codeUrl, RedirectTarget(response, "/oauth/authorize"));
    }

    /// <summary>With a provider session open: the consent page, then アクセスを許可する or deny.</summary>
    public async Task<ClientRedirect> ConsentAsync(string authorizeUrl, bool allow = true, string? expectClientName = null)
    {
        var consent = await GetPageAsync(authorizeUrl);
        if (expectClientName is not null) Assert.Contains(expectClientName, consent);
        using var response = await SubmitAsync(authorizeUrl, consent, ("decision", allow ? "accept" : "deny"));
        return ClientRedirect.From(response);
    }

    /// <summary>The newest 認証コード the provider mailed to <paramref name="email"/> that this browser has not read yet.</summary>
    public async Task<string> ReadMailedCodeAsync(string email)
    {
        using var mail = inbox();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var fresh = (await mail.ListMessagesToAsync(email))
                .FirstOrDefault(m => !_readMails.Contains(m.Id) && (m.From ?? "").Contains(ProviderMailSender));
            if (fresh is not null)
            {
                _readMails.Add(fresh.Id);
                var text = await mail.GetPlainTextAsync(fresh.Id);
                var code = CodePattern().Match(text);
                Assert.True(code.Success, "The provider's mail carries no 認証コード:\n" + text);
                return code.Groups["code"].Value;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No new provider mail to {email}.");
            await Task.Delay(200);
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<string> RedirectOfGetAsync(string url, string expectedPath)
    {
        using var response = await http.GetAsync(url);
        return Resolve(url, RedirectTarget(response, expectedPath));
    }

    /// <summary>A location against the page it came from; relative stays relative for a client with a base address.</summary>
    private static string Resolve(string current, string location) =>
        IsWebUrl(current, out var absolute) ? new Uri(absolute, location).ToString() : location;

    // Not Uri.IsAbsoluteUri alone: on Linux "/login" parses as an absolute file: URI.
    private static bool IsWebUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static string RedirectTarget(HttpResponseMessage response, string expectedPath)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect to {expectedPath}, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(expectedPath, IsWebUrl(location, out var url) ? url.PathAndQuery : location);
        return location;
    }

    [GeneratedRegex(@"認証コード: (?<code>\d{6})")]
    private static partial Regex CodePattern();
}

/// <summary>Where the provider sent the browser back to: the client's redirect URI with code/state or error/state.</summary>
public sealed record ClientRedirect(Uri Location, IReadOnlyDictionary<string, string> Query)
{
    public string? this[string name] => Query.TryGetValue(name, out var value) ? value : null;

    public static ClientRedirect From(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect to the client, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var location = response.Headers.Location!;
        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        return new ClientRedirect(location, query);
    }
}
