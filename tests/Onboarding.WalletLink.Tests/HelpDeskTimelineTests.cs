using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.WalletLink.Application;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The help desk's timeline on wallet-link's operator API (docs/api.md, "The help desk"): a member's link attempts with
/// their outcomes, the link, the unlink and by whom, a refused token refresh — in order, the wallet id masked, never
/// another member's; unknown members have an empty timeline; the operator key is required.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class HelpDeskTimelineTests(WalletLinkFactory factory)
{
    [Fact]
    public async Task A_members_attempts_link_and_unlink_show_in_order_with_their_outcomes_masked_and_nobody_elses()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var bystander = new WalletApiClient(factory, Guid.NewGuid());
        var denied = State(await member.AuthorizationUrlAsync());
        Assert.EndsWith("link=denied", await member.CallbackAsync($"?error=access_denied&state={denied}"));
        // The provider's address opened in another browser: wrong_browser, nothing linked.
        var stolen = State(await member.AuthorizationUrlAsync());
        Assert.EndsWith("link=wrong_browser", await bystander.CallbackAsync($"?code=anything&state={stolen}"));
        Assert.EndsWith("link=linked", await LinkedMember.LinkAsync(factory, member));
        Assert.EndsWith("link=linked", await LinkedMember.LinkAsync(factory, bystander));
        var walletAccountId = await factory.WithDbAsync(db => db.LinkedWallets.Where(w => w.MemberId == member.MemberId)
            .Select(w => w.WalletAccountId).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await member.UnlinkAsync()).StatusCode);

        var (status, text) = await TimelineAsync(member.MemberId.ToString());
        Assert.True(status == HttpStatusCode.OK, text);
        var entries = JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(
            [
                "wallet.link.started", "wallet.link.failed", "wallet.link.started", "wallet.link.failed",
                "wallet.link.started", "wallet.link.completed", "wallet.unlinked",
            ],
            entries.Select(e => e.GetProperty("kind").GetString()));
        var times = entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal("denied", Fact(entries[1], "reason"));
        Assert.Equal("wrong_browser", Fact(entries[3], "reason"));
        Assert.Equal("****" + walletAccountId[^4..], Fact(entries[5], "walletAccount"));
        Assert.Equal("pokepay", Fact(entries[5], "provider"));
        Assert.Equal("member", Fact(entries[6], "reason"));
        Assert.Equal("****" + walletAccountId[^4..], Fact(entries[6], "walletAccount"));

        Assert.DoesNotContain(walletAccountId, text);
        Assert.DoesNotContain(denied, text);
        Assert.DoesNotContain(bystander.MemberId.ToString(), text);
    }

    [Fact]
    public async Task A_refresh_token_the_provider_refuses_is_recorded_once_an_hour()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.EndsWith("link=linked", await LinkedMember.LinkAsync(factory, member));
        // The link's tokens are no longer honoured: a refresh token the provider never issued, and an access token due.
        await factory.WithDbAsync(async db =>
        {
            var wallet = await db.LinkedWallets.SingleAsync(w => w.MemberId == member.MemberId);
            var protector = factory.Services.GetRequiredService<ProviderTokenProtector>();
            wallet.ProtectedRefreshToken = protector.Protect("never-issued-refresh-token");
            wallet.AccessTokenExpiresAt = factory.Clock.GetUtcNow().AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        for (var i = 0; i < 2; i++)
        {
            var me = await WalletApiClient.JsonAsync(await member.MeAsync());
            Assert.True(me.GetProperty("relinkRequired").GetBoolean(), me.ToString());
        }

        var (_, text) = await TimelineAsync(member.MemberId.ToString());
        var refused = JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "wallet.token-refresh.failed").ToList();
        Assert.Single(refused);
        Assert.Equal("rejected", Fact(refused[0], "reason"));
    }

    [Fact]
    public async Task An_unknown_member_has_an_empty_timeline()
    {
        var (status, text) = await TimelineAsync(Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, JsonDocument.Parse(text).RootElement.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("12345")]
    [InlineData("%27%20OR%201%3D1")]
    public async Task A_member_id_that_is_not_a_guid_is_a_problem(string memberId)
    {
        var (status, text) = await TimelineAsync(memberId);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task The_operator_key_is_required(string? key)
    {
        var (status, text) = await TimelineAsync(Guid.NewGuid().ToString(), key);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("operator_credential_required", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
    }

    private static string State(Uri authorizationUrl) => QueryHelpers.ParseQuery(authorizationUrl.Query)["state"].ToString();

    private static string? Fact(JsonElement entry, string name) => entry.GetProperty("facts").GetProperty(name).GetString();

    private async Task<(HttpStatusCode Status, string Text)> TimelineAsync(string memberId, string? key = WalletLinkFactory.OperatorKey)
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/wallet/operator/members/{memberId}/timeline");
        if (key is not null) request.Headers.Add("X-Operator-Key", key);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
