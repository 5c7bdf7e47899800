using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.WalletLink.Tests;

/// <summary>wallet-link's API as the gateway calls it for one member, with their bearer token.</summary>
public sealed class WalletApiClient(WalletLinkFactory factory, Guid memberId)
{
    private readonly HttpClient _http = factory.Browser();

    public Guid MemberId => memberId;

    public string? Token { get; set; } = factory.Tokens.For(memberId);

    public Task<HttpResponseMessage> StartLinkAsync(string? returnUrl = "/step3/mypage") =>
        SendAsync(HttpMethod.Post, "/api/wallet/links", JsonContent.Create(new { returnUrl }));

    public Task<HttpResponseMessage> MeAsync() => SendAsync(HttpMethod.Get, "/api/wallet/me");

    public Task<HttpResponseMessage> UnlinkAsync() => SendAsync(HttpMethod.Delete, "/api/wallet/links/me");

    /// <summary>The provider's redirect back, as the member's browser follows it: returns where wallet-link sends it on.</summary>
    public async Task<string> CallbackAsync(string query)
    {
        using var response = await _http.GetAsync("/api/wallet/links/callback" + query);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Starts a link and returns the provider authorize URL it answered with.</summary>
    public async Task<Uri> AuthorizationUrlAsync(string returnUrl = "/step3/mypage")
    {
        using var response = await StartLinkAsync(returnUrl);
        var body = await JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
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
