using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// Beginning a link and the provider's redirect back (RFC 9700 on our side): the member's token is required, the
/// state is one-time and bound to the attempt, expired and denied attempts are explained, never thrown.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class LinkStartAndCallbackTests(WalletLinkFactory factory)
{
    [Fact]
    public async Task Beginning_a_link_answers_the_provider_authorize_url_with_pkce_s256_and_a_fresh_state()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var first = await member.AuthorizationUrlAsync();
        var second = await member.AuthorizationUrlAsync();

        Assert.Equal(new Uri(factory.Sandbox.BaseAddress, "oauth/authorize").AbsoluteUri, first.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(first.Query);
        Assert.Equal(WalletLinkFactory.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(WalletLinkFactory.RedirectUri, query["redirect_uri"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.True(query["state"].ToString().Length >= 43);
        var secondQuery = QueryHelpers.ParseQuery(second.Query);
        Assert.NotEqual(query["state"], secondQuery["state"]);
        Assert.NotEqual(query["code_challenge"], secondQuery["code_challenge"]);
    }

    [Fact]
    public async Task Without_a_valid_member_token_nothing_starts()
    {
        var memberId = Guid.NewGuid();
        var member = new WalletApiClient(factory, memberId) { Token = null };
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.StartLinkAsync()).StatusCode);

        member.Token = factory.Tokens.For(memberId, audience: "membership");
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.StartLinkAsync()).StatusCode);

        member.Token = factory.Tokens.For(memberId, lifetime: TimeSpan.FromMinutes(-5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.StartLinkAsync()).StatusCode);

        member.Token = new MemberTokens().For(memberId);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.StartLinkAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.MeAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.UnlinkAsync()).StatusCode);
    }

    [Fact]
    public async Task A_return_address_off_our_site_is_refused_naming_the_field()
    {
        string[] rows =
        [
            "https://evil.example/",
            "//evil.example/step3",
            "/\\evil.example",
            "step3/mypage",
            "javascript:alert(1)",
        ];

        await Assert.AllAsync(rows, async returnUrl =>
        {
            var member = new WalletApiClient(factory, Guid.NewGuid());
            using var response = await member.StartLinkAsync(returnUrl);
            var problem = await WalletApiClient.JsonAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
            Assert.Equal("returnUrl.invalid", problem.GetProperty("errorCodes").GetProperty("returnUrl").GetString());
        });
    }

    [Fact]
    public async Task An_unknown_or_missing_state_is_refused_and_explained()
    {
        string[] rows =
        [
            "",
            "?code=abc",
            "?code=abc&state=not-a-state-we-made",
        ];

        await Assert.AllAsync(rows, async query =>
        {
            var member = new WalletApiClient(factory, Guid.NewGuid());
            Assert.Equal("/step3/mypage?link=invalid", await member.CallbackAsync(query));
        });
    }

    [Fact]
    public async Task A_denied_consent_is_explained_and_its_state_does_not_work_again()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var state = QueryHelpers.ParseQuery((await member.AuthorizationUrlAsync("/step3/mypage?from=test")).Query)["state"].ToString();

        Assert.Equal("/step3/mypage?from=test&link=denied", await member.CallbackAsync($"?error=access_denied&state={state}"));
        Assert.Equal("/step3/mypage?from=test&link=invalid", await member.CallbackAsync($"?code=anything&state={state}"));
    }

    [Fact]
    public async Task An_attempt_older_than_10_minutes_has_expired()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var state = QueryHelpers.ParseQuery((await member.AuthorizationUrlAsync()).Query)["state"].ToString();
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("/step3/mypage?link=expired", await member.CallbackAsync($"?code=anything&state={state}"));
    }

    [Fact]
    public async Task Nothing_is_linked_before_the_member_links()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var me = await WalletApiClient.JsonAsync(await member.MeAsync());
        Assert.False(me.GetProperty("linked").GetBoolean());
        Assert.Equal("pokepay", me.GetProperty("provider").GetString());
        Assert.Equal(JsonValueKindNull, me.GetProperty("balance").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await member.UnlinkAsync()).StatusCode);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
