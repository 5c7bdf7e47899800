using Onboarding.Testing.Wallet;
using System.Net;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>The OAuth security rules of RFC 9700 the contract promises, each tried the wrong way.</summary>
[Collection(SandboxCollection.Name)]
public sealed class Rfc9700Tests(SandboxFactory sandbox)
{
    private static string NewEmail() => $"rfc-{Guid.NewGuid():N}@univcoop-test.jp";

    private OAuthClient Api() => new(sandbox.NewApiClient());

    /// <summary>A code from the whole member journey, with the PKCE verifier that goes with it.</summary>
    private async Task<(string Code, Pkce Pkce)> CodeAsync(string? email = null)
    {
        using var browser = sandbox.NewBrowser();
        var pkce = Pkce.New();
        var redirect = await browser.AuthorizeAsync(OAuthClient.AuthorizeUrl(pkce, "state-1"), email ?? NewEmail());
        return (redirect["code"]!, pkce);
    }

    private async Task<TokenSet> TokensAsync(string? email = null)
    {
        var (code, pkce) = await CodeAsync(email);
        using var response = await Api().ExchangeCodeAsync(code, pkce.Verifier);
        return await OAuthClient.TokensAsync(response);
    }

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, params string[] errors)
    {
        var json = await OAuthClient.JsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(json.GetProperty("error").GetString(), errors);
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_is_refused_without_redirecting_to_it()
    {
        string[] rows =
        [
            "http://localhost:5999/wallet/callback/other",
            "http://localhost:5999/wallet/callback?x=1",
            "http://localhost:5999/wallet/Callback",
            "http://evil.example/wallet/callback",
        ];

        await Assert.AllAsync(rows, async redirectUri =>
        {
            using var browser = sandbox.NewBrowser();
            using var response = await browser.Http.GetAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s", redirectUri: redirectUri));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
        });
    }

    [Fact]
    public async Task The_token_request_must_repeat_the_exact_redirect_uri()
    {
        var (code, pkce) = await CodeAsync();
        using var response = await Api().ExchangeCodeAsync(code, pkce.Verifier, redirectUri: "http://localhost:5999/wallet/other");
        await AssertOAuthErrorAsync(response, "invalid_grant", "invalid_request");
    }

    [Fact]
    public async Task An_authorization_request_without_pkce_is_refused()
    {
        using var browser = sandbox.NewBrowser();
        using var response = await browser.Http.GetAsync(OAuthClient.AuthorizeUrl(pkce: null, "state-2"));

        // Refused on the provider's side (no login, no code): OpenIddict answers malformed requests itself.
        await AssertRefusedAtAuthorizeAsync(response, "code_challenge");
    }

    [Fact]
    public async Task The_plain_pkce_method_is_refused()
    {
        using var browser = sandbox.NewBrowser();
        var verifier = Pkce.New().Verifier;
        using var response = await browser.Http.GetAsync(
            OAuthClient.AuthorizeUrl(pkce: null, "state-3", codeChallengeMethod: "plain", codeChallenge: verifier));

        await AssertRefusedAtAuthorizeAsync(response, "code_challenge_method");
    }

    [Fact]
    public async Task The_s256_method_is_accepted_where_plain_is_not()
    {
        // The counterpart of the test above: the same request with S256 reaches the login page.
        using var browser = sandbox.NewBrowser();
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "state-4", codeChallengeMethod: "S256"));
        Assert.StartsWith("/login?", loginUrl);
    }

    private static async Task AssertRefusedAtAuthorizeAsync(HttpResponseMessage response, string parameter)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("error:invalid_request", body);
        Assert.Contains($"'{parameter}'", body);
    }

    [Fact]
    public async Task A_code_without_its_verifier_is_refused()
    {
        var (code, _) = await CodeAsync();
        using var response = await Api().ExchangeCodeAsync(code, verifier: null);
        await AssertOAuthErrorAsync(response, "invalid_request", "invalid_grant");
    }

    [Fact]
    public async Task A_code_with_a_wrong_verifier_is_refused()
    {
        var (code, _) = await CodeAsync();
        using var response = await Api().ExchangeCodeAsync(code, Pkce.New().Verifier);
        await AssertOAuthErrorAsync(response, "invalid_grant");
    }

    [Fact]
    public async Task A_code_works_once_only_and_its_replay_revokes_what_it_gave()
    {
        var (code, pkce) = await CodeAsync();
        var api = Api();
        using var first = await api.ExchangeCodeAsync(code, pkce.Verifier);
        var tokens = await OAuthClient.TokensAsync(first);

        using var replay = await api.ExchangeCodeAsync(code, pkce.Verifier);
        await AssertOAuthErrorAsync(replay, "invalid_grant");

        // RFC 9700 §4.5: a replayed code is a sign of theft, so the tokens issued for it are revoked too.
        using var me = await api.GetWithTokenAsync("/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_rotates()
    {
        var tokens = await TokensAsync();
        var api = Api();

        using var refreshed = await api.RefreshAsync(tokens.RefreshToken);
        var next = await OAuthClient.TokensAsync(refreshed);
        Assert.NotEqual(tokens.RefreshToken, next.RefreshToken);
        Assert.NotEqual(tokens.AccessToken, next.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetWithTokenAsync("/users/me", next.AccessToken)).StatusCode);

        using var replay = await api.RefreshAsync(tokens.RefreshToken);
        await AssertOAuthErrorAsync(replay, "invalid_grant");

        // RFC 9700 §4.14.2: the replay may be an attacker's, so the whole grant is revoked, the rotated tokens too.
        using var rotatedRefresh = await api.RefreshAsync(next.RefreshToken);
        await AssertOAuthErrorAsync(rotatedRefresh, "invalid_grant");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetWithTokenAsync("/users/me", next.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task The_rotated_refresh_token_works_in_turn_with_client_secret_post()
    {
        var tokens = await TokensAsync();
        var api = Api();
        using var first = await api.RefreshAsync(tokens.RefreshToken, secretInBody: true);
        var second = await OAuthClient.TokensAsync(first);
        using var again = await api.RefreshAsync(second.RefreshToken, secretInBody: true);
        var third = await OAuthClient.TokensAsync(again);
        Assert.NotEqual(second.RefreshToken, third.RefreshToken);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_at_the_token_endpoint()
    {
        var (code, pkce) = await CodeAsync();
        using var http = sandbox.NewApiClient();
        using var response = await http.PostAsync("/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = SandboxFactory.RedirectUri,
            ["code_verifier"] = pkce.Verifier, ["client_id"] = SandboxFactory.ClientId, ["client_secret"] = "not-the-secret",
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await OAuthClient.JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_revoked_access_token_is_refused_by_the_wallet_api()
    {
        var tokens = await TokensAsync();
        var api = Api();
        Assert.Equal(HttpStatusCode.OK, (await api.GetWithTokenAsync("/users/me", tokens.AccessToken)).StatusCode);

        using var revoke = await api.RevokeAsync(tokens.AccessToken, "access_token");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        using var me = await api.GetWithTokenAsync("/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Contains("invalid_token", me.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_revoked_refresh_token_can_no_longer_be_used()
    {
        var tokens = await TokensAsync();
        var api = Api();
        using var revoke = await api.RevokeAsync(tokens.RefreshToken, "refresh_token");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        using var refresh = await api.RefreshAsync(tokens.RefreshToken);
        await AssertOAuthErrorAsync(refresh, "invalid_grant");
    }

    [Fact]
    public async Task A_missing_or_bad_token_gets_401()
    {
        string?[] rows =
        [
            null,
            "not-a-token",
        ];

        await Assert.AllAsync(rows, async token =>
        {
            using var http = sandbox.NewApiClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
            if (token is not null) request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
            Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        });
    }

    [Fact]
    public async Task Another_users_wallet_is_404()
    {
        var mine = await TokensAsync();
        var theirs = await TokensAsync();
        var api = Api();
        var theirId = (await OAuthClient.JsonAsync(await api.GetWithTokenAsync("/users/me", theirs.AccessToken))).GetProperty("id").GetString();
        var theirAccounts = await OAuthClient.JsonAsync(await api.GetWithTokenAsync($"/users/{theirId}/accounts", theirs.AccessToken));
        var theirAccount = theirAccounts.GetProperty("rows")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetWithTokenAsync($"/users/{theirId}/accounts", mine.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetWithTokenAsync($"/accounts/{theirAccount}", mine.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetWithTokenAsync($"/accounts/{theirAccount}/transactions", mine.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetWithTokenAsync("/accounts/not-an-id", mine.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetWithTokenAsync($"/accounts/{theirAccount}", theirs.AccessToken)).StatusCode);
    }
}
