using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Testing.Messaging;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Infrastructure;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The whole OAuth exchange against the real sandbox over HTTP: its login and consent pages, the code exchange with
/// PKCE, the stored link with encrypted tokens, WalletLinked on RabbitMQ, the mypage data, rotation and unlink.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class LinkingTests(WalletLinkFactory factory)
{
    [Fact]
    public async Task Linking_through_the_provider_stores_the_link_publishes_it_and_shows_the_balance()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString,
            "Onboarding.Contracts.Events:WalletLinked");
        var member = new WalletApiClient(factory, Guid.NewGuid());

        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));

        var linked = await events.WaitForAsync(e => e.GetProperty("memberId").GetGuid() == member.MemberId);
        Assert.Equal("pokepay", linked.GetProperty("provider").GetString());
        var me = await WalletApiClient.JsonAsync(await member.MeAsync());
        Assert.True(me.GetProperty("linked").GetBoolean(), me.ToString());
        Assert.True(me.GetProperty("providerAvailable").GetBoolean());
        Assert.Equal(linked.GetProperty("walletAccountId").GetString(), me.GetProperty("walletAccountId").GetString());
        Assert.Equal(me.GetProperty("balance").GetDecimal(),
            me.GetProperty("moneyBalance").GetDecimal() + me.GetProperty("pointBalance").GetDecimal());
        Assert.True(me.GetProperty("balance").GetDecimal() > 0);
        Assert.NotEmpty(me.GetProperty("transactions").EnumerateArray());

        // Stored encrypted (a Data Protection payload), never as the provider issued it.
        var wallet = await WithDbAsync(db => db.LinkedWallets.SingleAsync(w => w.MemberId == member.MemberId));
        Assert.StartsWith("CfDJ8", wallet.ProtectedAccessToken);
        Assert.StartsWith("CfDJ8", wallet.ProtectedRefreshToken);
    }

    [Fact]
    public async Task A_second_link_for_a_linked_member_is_answered_not_duplicated()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));

        using var again = await member.StartLinkAsync();
        var problem = await WalletApiClient.JsonAsync(again);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("already_linked", problem.GetProperty("code").GetString());
        Assert.Equal(1, await WithDbAsync(db => db.LinkedWallets.CountAsync(w => w.MemberId == member.MemberId)));
    }

    [Fact]
    public async Task The_same_callback_works_once_and_a_forged_code_fails()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var authorizationUrl = await member.AuthorizationUrlAsync();
        using var browser = Onboarding.Testing.Wallet.ProviderBrowser.Open(null, () => factory.Sandbox.Smtp.CreateClient());
        var back = await browser.AuthorizeAsync(authorizationUrl.ToString(), LinkedMember.NewEmail());

        var forged = back.Location.Query.Replace("code=", "code=forged");
        Assert.Equal("/step3/mypage?link=failed", await member.CallbackAsync(forged));
        // The state was used up by the forged attempt: the genuine redirect no longer works either.
        Assert.Equal("/step3/mypage?link=invalid", await member.CallbackAsync(back.Location.Query));
    }

    [Fact]
    public async Task A_denied_consent_at_the_provider_links_nothing()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=denied", await LinkedMember.LinkAsync(factory, member, allow: false));
        Assert.False((await WalletApiClient.JsonAsync(await member.MeAsync())).GetProperty("linked").GetBoolean());
    }

    [Fact]
    public async Task An_expired_access_token_is_renewed_with_the_refresh_token_which_rotates()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
        var before = await WithDbAsync(db => db.LinkedWallets.AsNoTracking().SingleAsync(w => w.MemberId == member.MemberId));

        factory.Clock.Advance(before.AccessTokenExpiresAt - factory.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var me = await WalletApiClient.JsonAsync(await member.MeAsync());
        Assert.True(me.GetProperty("providerAvailable").GetBoolean(), me.ToString());
        Assert.True(me.GetProperty("balance").GetDecimal() > 0);

        var after = await WithDbAsync(db => db.LinkedWallets.AsNoTracking().SingleAsync(w => w.MemberId == member.MemberId));
        var protector = factory.Services.GetRequiredService<ProviderTokenProtector>();
        Assert.NotEqual(protector.Unprotect(before.ProtectedRefreshToken), protector.Unprotect(after.ProtectedRefreshToken));
        Assert.NotEqual(protector.Unprotect(before.ProtectedAccessToken), protector.Unprotect(after.ProtectedAccessToken));
        Assert.True(after.AccessTokenExpiresAt > factory.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Unlinking_revokes_the_tokens_at_the_provider_and_publishes_it()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString,
            "Onboarding.Contracts.Events:WalletUnlinked");
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
        var wallet = await WithDbAsync(db => db.LinkedWallets.AsNoTracking().SingleAsync(w => w.MemberId == member.MemberId));
        var accessToken = factory.Services.GetRequiredService<ProviderTokenProtector>().Unprotect(wallet.ProtectedAccessToken);
        Assert.Equal(HttpStatusCode.OK, await ProviderStatusAsync(accessToken));

        Assert.Equal(HttpStatusCode.NoContent, (await member.UnlinkAsync()).StatusCode);

        await events.WaitForAsync(e => e.GetProperty("memberId").GetGuid() == member.MemberId);
        Assert.Equal(HttpStatusCode.Unauthorized, await ProviderStatusAsync(accessToken));
        Assert.False((await WalletApiClient.JsonAsync(await member.MeAsync())).GetProperty("linked").GetBoolean());
        // Linked again later, as a member who changed their mind would.
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
    }

    private async Task<HttpStatusCode> ProviderStatusAsync(string accessToken)
    {
        using var http = new HttpClient { BaseAddress = factory.Sandbox.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        using var response = await http.GetAsync("users/me");
        return response.StatusCode;
    }

    private Task<T> WithDbAsync<T>(Func<WalletDbContext, Task<T>> work) => factory.WithDbAsync(work);
}
