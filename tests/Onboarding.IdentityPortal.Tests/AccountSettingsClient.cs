using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>The account settings API (設定) as the gateway calls it: as the member, with their bearer access token.</summary>
public sealed class AccountSettingsClient(PortalApiFactory factory, SignInClient signIns)
{
    private readonly HttpClient _http = factory.CreateClient();

    /// <summary>A password sign-in's token response: a sitting of the member.</summary>
    public async Task<JsonElement> SittingAsync(string email, string password = SignInClient.Password)
    {
        var response = await signIns.PasswordAsync(email, password);
        var tokens = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    public static string AccessToken(JsonElement tokens) => tokens.GetProperty("access_token").GetString()!;

    public static string RefreshToken(JsonElement tokens) => tokens.GetProperty("refresh_token").GetString()!;

    public Task<HttpResponseMessage> GetAsync(string? accessToken) => SendAsync(HttpMethod.Get, "/api/portal/account", null, accessToken);

    public Task<HttpResponseMessage> ChangePasswordAsync(string accessToken, string? currentPassword, string? password, string? confirmation = "",
        string language = "ja") =>
        SendAsync(HttpMethod.Post, "/api/portal/account/password",
            new { currentPassword, password, passwordConfirmation = confirmation == "" ? password : confirmation }, accessToken, language);

    public Task<HttpResponseMessage> ChangeNameAsync(string accessToken, string? familyName, string? givenName, string language = "ja") =>
        SendAsync(HttpMethod.Put, "/api/portal/account/name", new { familyName, givenName }, accessToken, language);

    public Task<HttpResponseMessage> StartEmailChangeAsync(string accessToken, string? email, string language = "ja") =>
        SendAsync(HttpMethod.Post, "/api/portal/account/email-changes", new { email }, accessToken, language);

    public Task<HttpResponseMessage> ResendEmailChangeCodeAsync(string accessToken, Guid emailChangeId) =>
        SendAsync(HttpMethod.Post, $"/api/portal/account/email-changes/{emailChangeId}/email-code", null, accessToken);

    public Task<HttpResponseMessage> ConfirmEmailChangeAsync(string accessToken, Guid emailChangeId, string? code) =>
        SendAsync(HttpMethod.Post, $"/api/portal/account/email-changes/{emailChangeId}/confirmation", new { code }, accessToken);

    /// <summary>Starts an e-mail change, which must be accepted, and returns its id.</summary>
    public async Task<Guid> EmailChangeStartedAsync(string accessToken, string email)
    {
        var response = await StartEmailChangeAsync(accessToken, email);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        return body.GetProperty("emailChangeId").GetGuid();
    }

    public Task<HttpResponseMessage> SendPhoneCodeAsync(string accessToken, string? phoneNumber, string? channel) =>
        SendAsync(HttpMethod.Post, "/api/portal/account/phone", new { phoneNumber, channel }, accessToken);

    public Task<HttpResponseMessage> VerifyPhoneAsync(string accessToken, string? code) =>
        SendAsync(HttpMethod.Post, "/api/portal/account/phone/verification", new { code }, accessToken);

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        signIns.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? accessToken, string language = "ja")
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await _http.SendAsync(request);
    }
}
