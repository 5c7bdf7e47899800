using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>A PKCE pair (RFC 7636): the verifier the client keeps and its S256 challenge.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce New()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

/// <summary>The OAuth client's side of the contract, as wallet-link would speak it.</summary>
public sealed class OAuthClient(HttpClient http)
{
    public static string AuthorizeUrl(Pkce? pkce, string state, string? contact = null, string redirectUri = SandboxFactory.RedirectUri,
        string? codeChallengeMethod = "S256", string? codeChallenge = null, string clientId = SandboxFactory.ClientId)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["state"] = state,
            ["code_challenge"] = codeChallenge ?? pkce?.Challenge,
            ["code_challenge_method"] = pkce is null && codeChallenge is null ? null : codeChallengeMethod,
            ["contact"] = contact,
        };
        return QueryHelpers.AddQueryString("/oauth/authorize", parameters.Where(p => p.Value is not null)!);
    }

    public Task<HttpResponseMessage> ExchangeCodeAsync(string code, string? verifier, string redirectUri = SandboxFactory.RedirectUri, bool secretInBody = false)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri };
        if (verifier is not null) form["code_verifier"] = verifier;
        return PostAsync("/oauth/token", form, secretInBody);
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken, bool secretInBody = false) =>
        PostAsync("/oauth/token", new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, secretInBody);

    public Task<HttpResponseMessage> RevokeAsync(string token, string tokenTypeHint) =>
        PostAsync("/oauth/revoke", new() { ["token"] = token, ["token_type_hint"] = tokenTypeHint }, secretInBody: false);

    public async Task<HttpResponseMessage> GetWithTokenAsync(string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Tokens from a successful token response (fails the test otherwise).</summary>
    public static async Task<TokenSet> TokensAsync(HttpResponseMessage response)
    {
        var json = await JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"The token endpoint answered {(int)response.StatusCode}: {json}");
        return new TokenSet(json.GetProperty("access_token").GetString()!, json.GetProperty("refresh_token").GetString()!, json);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form, bool secretInBody)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (secretInBody)
        {
            form["client_id"] = SandboxFactory.ClientId;
            form["client_secret"] = SandboxFactory.ClientSecret;
        }
        else
        {
            // client_secret_basic (RFC 6749 §2.3.1: the parts are form-encoded before base64).
            var credentials = $"{Uri.EscapeDataString(SandboxFactory.ClientId)}:{Uri.EscapeDataString(SandboxFactory.ClientSecret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }
        request.Content = new FormUrlEncodedContent(form);
        return await http.SendAsync(request);
    }
}

public sealed record TokenSet(string AccessToken, string RefreshToken, JsonElement Response);
