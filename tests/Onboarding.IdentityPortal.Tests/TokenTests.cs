using System.Net;
using System.Text;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The tokens a sign-in yields, checked the way wallet-link checks them (signature, issuer, audience, type,
/// expiry), and the token endpoint: refresh tokens work once (beyond a short reuse leeway), and there is no password or
/// sign-in grant there.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TokenTests : IClassFixture<PortalApiFactory>
{
    private readonly PortalApiFactory _factory;
    private readonly SignInClient _signIns;
    private readonly NotificationQueueTap _notifications;

    public TokenTests(PortalApiFactory factory)
    {
        _factory = factory;
        _signIns = new SignInClient(factory);
        _notifications = new NotificationQueueTap(factory.Infrastructure.Broker.ConnectionString);
        // Resource servers check expiry against the real clock: issue at (or after) the real time.
        var now = DateTimeOffset.UtcNow;
        if (factory.Clock.GetUtcNow() < now) factory.Clock.SetUtcNow(now);
    }

    private async Task<string> AccessTokenAsync()
    {
        var user = await _signIns.CreateAccountAsync();
        var tokens = await _signIns.SignedInAsync(_notifications, user.Email!);
        return tokens.GetProperty("access_token").GetString()!;
    }

    [Fact]
    public async Task A_resource_server_fetches_the_published_keys_when_it_starts_not_on_the_first_request()
    {
        var fetched = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var walletLink = await ResourceServer.StartAsync(_factory, metadataRequests: path =>
        {
            if (path.EndsWith("/jwks", StringComparison.Ordinal)) fetched.TrySetResult(path);
        });

        Assert.Equal("/.well-known/jwks", await fetched.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Wallet_link_accepts_the_access_token_and_sees_the_member()
    {
        var user = await _signIns.CreateAccountAsync();
        var tokens = await _signIns.SignedInAsync(_notifications, user.Email!);
        await using var walletLink = await ResourceServer.StartAsync(_factory, "wallet-link");
        await using var membership = await ResourceServer.StartAsync(_factory, "membership");

        Assert.Equal((200, user.MemberId.ToString()), await walletLink.CallAsync(tokens.GetProperty("access_token").GetString()!));
        Assert.Equal((200, user.MemberId.ToString()), await membership.CallAsync(tokens.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task A_tampered_token_is_rejected()
    {
        var token = await AccessTokenAsync();
        await using var walletLink = await ResourceServer.StartAsync(_factory);
        var parts = token.Split('.');
        var claims = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"member_id\":\"", "\"member_id\":\"0");
        var tamperedClaims = string.Join('.', parts[0], Base64UrlEncode(Encoding.UTF8.GetBytes(claims)), parts[2]);
        var tamperedSignature = string.Join('.', parts[0], parts[1], parts[2][..^4] + (parts[2].EndsWith("AAAA") ? "BBBB" : "AAAA"));
        var unsigned = string.Join('.', Base64UrlEncode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}"u8.ToArray()), parts[1], "");

        Assert.Equal(200, (await walletLink.CallAsync(token)).Status);
        Assert.Equal(401, (await walletLink.CallAsync(tamperedClaims)).Status);
        Assert.Equal(401, (await walletLink.CallAsync(tamperedSignature)).Status);
        Assert.Equal(401, (await walletLink.CallAsync(unsigned)).Status);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_rejected()
    {
        var token = await AccessTokenAsync();
        await using var stranger = await ResourceServer.StartAsync(_factory, audience: "some-other-service");
        Assert.Equal(401, (await stranger.CallAsync(token)).Status);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_rejected()
    {
        // Another identity server (its own issuer name and keys) whose tokens look just like ours.
        await using var otherIssuer = new PortalApiFactory { TokenIssuer = "http://other-identity-portal/" };
        await ((IAsyncLifetime)otherIssuer).InitializeAsync();
        otherIssuer.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var other = new SignInClient(otherIssuer);
        var user = await other.CreateAccountAsync();
        var password = await other.PasswordAsync(user.Email, SignInClient.Password);
        var foreignToken = (await ApiClient.JsonAsync(password)).GetProperty("access_token").GetString()!;

        await using var walletLink = await ResourceServer.StartAsync(_factory);
        Assert.Equal(401, (await walletLink.CallAsync(foreignToken)).Status);
        Assert.Equal(200, (await walletLink.CallAsync(await AccessTokenAsync())).Status);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_yields_a_new_pair()
    {
        var user = await _signIns.CreateAccountAsync();
        var tokens = await _signIns.SignedInAsync(_notifications, user.Email!);
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        var refreshed = await _signIns.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken));
        var body = await ApiClient.JsonAsync(refreshed);
        Assert.True(refreshed.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.NotEqual(refreshToken, body.GetProperty("refresh_token").GetString());
        await using var walletLink = await ResourceServer.StartAsync(_factory);
        Assert.Equal((200, user.MemberId.ToString()), await walletLink.CallAsync(body.GetProperty("access_token").GetString()!));

        // Past the reuse leeway (for two tabs renewing at once, SessionTokenTests), a second use is a replay.
        _factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var replayed = await _signIns.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken));
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("invalid_grant", (await ApiClient.JsonAsync(replayed)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_token_endpoint_has_no_password_or_sign_in_grant()
    {
        string[] rows =
        [
            "password",
            "client_credentials",
            "urn:onboarding:params:oauth:grant-type:sign-in",
        ];

        await Assert.AllAsync(rows, async grantType =>
        {
            var user = await _signIns.CreateAccountAsync();
            var response = await _signIns.TokenAsync(("grant_type", grantType), ("username", user.Email!), ("password", SignInClient.Password));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("unsupported_grant_type", (await ApiClient.JsonAsync(response)).GetProperty("error").GetString());
        });
    }

    private static byte[] Base64UrlDecode(string text) =>
        Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '='));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Its own service instance: the clock goes back an hour before the first token, which a shared one cannot.</summary>
[Collection(PortalCollection.Name)]
public sealed class TokenExpiryTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    [Fact]
    public async Task An_expired_access_token_is_rejected()
    {
        var signIns = new SignInClient(factory);
        var notifications = new NotificationQueueTap(factory.Infrastructure.Broker.ConnectionString);
        factory.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddHours(-1));
        var user = await signIns.CreateAccountAsync();
        var tokens = await signIns.SignedInAsync(notifications, user.Email!);

        await using var walletLink = await ResourceServer.StartAsync(factory);
        var (status, _) = await walletLink.CallAsync(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(401, status);
    }
}
