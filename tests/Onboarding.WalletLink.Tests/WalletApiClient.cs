using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// wallet-link's API as the gateway calls it for one member, with their bearer token, and that member's browser coming
/// back from the provider: it holds the browser binding cookies a started link hands over, as the gateway sets them.
/// </summary>
public sealed class WalletApiClient(WalletLinkFactory factory, Guid memberId)
{
    public const string CallbackPath = "/api/wallet/links/callback";

    private readonly HttpClient _http = factory.Browser();

    public Guid MemberId => memberId;

    /// <summary>The cookies this member's browser holds for the callback's path, by name.</summary>
    public Dictionary<string, string> BrowserCookies { get; } = new(StringComparer.Ordinal);

    public string? Token { get; set; } = factory.Tokens.For(memberId);

    public Task<HttpResponseMessage> StartLinkAsync(string? returnUrl = "/step3/mypage") =>
        SendAsync(HttpMethod.Post, "/api/wallet/links", JsonContent.Create(new { returnUrl }));

    public Task<HttpResponseMessage> MeAsync() => SendAsync(HttpMethod.Get, "/api/wallet/me");

    public Task<HttpResponseMessage> UnlinkAsync() => SendAsync(HttpMethod.Delete, "/api/wallet/links/me");

    /// <summary>The provider's redirect back, as the member's browser follows it: returns where wallet-link sends it on.</summary>
    public async Task<string> CallbackAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, CallbackPath + query);
        if (BrowserCookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", BrowserCookies.Select(c => $"{c.Key}={c.Value}")));
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A cookie set to expire is gone from the browser.
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
        {
            if (cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) BrowserCookies.Remove(cookie[..cookie.IndexOf('=')]);
        }
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>
    /// Starts a link and returns the provider authorize URL it answered with; the browser binding it answered goes into
    /// this member's browser, as the gateway's STEP 3 page does.
    /// </summary>
    public async Task<Uri> AuthorizationUrlAsync(string returnUrl = "/step3/mypage")
    {
        using var response = await StartLinkAsync(returnUrl);
        var body = await JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        var binding = body.GetProperty("browserBinding");
        Assert.Equal(CallbackPath, binding.GetProperty("cookiePath").GetString());
        BrowserCookies[binding.GetProperty("cookieName").GetString()!] = binding.GetProperty("cookieValue").GetString()!;
        return new Uri(body.GetProperty("authorizationUrl").GetString()!);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        request.Headers.AcceptLanguage.ParseAdd("ja");
        return await _http.SendAsync(request);
    }
}
