using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Onboarding.Testing.Messaging;
using Onboarding.Testing.Wallet;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// A link belongs to the member whose browser started it, and a provider wallet to one member at a time (issue 10 §3):
/// the attempt is bound to the starting browser by a cookie holding the hash of its state (RFC 9700 §4.7.1), so a
/// provider address passed to someone else links nothing; a wallet already linked to one member is refused for another.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class LinkOwnershipTests(WalletLinkFactory factory)
{
    private const string WalletLinkedExchange = "Onboarding.Contracts.Events:WalletLinked";

    [Fact]
    public async Task Starting_a_link_hands_the_browser_a_cookie_holding_the_hash_of_the_state_for_the_callback_only()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var before = factory.Clock.GetUtcNow();
        using var response = await member.StartLinkAsync();
        var body = await WalletApiClient.JsonAsync(response);
        var state = QueryHelpers.ParseQuery(new Uri(body.GetProperty("authorizationUrl").GetString()!).Query)["state"].ToString();
        var binding = body.GetProperty("browserBinding");

        var stateHash = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(state)));
        Assert.Equal(stateHash, binding.GetProperty("cookieValue").GetString());
        Assert.Equal(".Onboarding.WalletLink." + stateHash[..16], binding.GetProperty("cookieName").GetString());
        Assert.Equal(WalletApiClient.CallbackPath, binding.GetProperty("cookiePath").GetString());
        var expiresAt = binding.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, before.AddMinutes(10), factory.Clock.GetUtcNow().AddMinutes(10));
        // The state itself never goes into the cookie: it only travels through the provider.
        Assert.DoesNotContain(state, body.GetProperty("browserBinding").ToString());

        // A second attempt (another tab) gets a cookie of its own rather than overwriting the first one's.
        await member.AuthorizationUrlAsync();
        await member.AuthorizationUrlAsync();
        Assert.Equal(2, member.BrowserCookies.Count);
    }

    [Fact]
    public async Task A_callback_in_a_browser_without_the_attempts_cookie_is_refused_and_uses_the_attempt_up()
    {
        string[] rows =
        [
            "no cookie",
            "a wrong value",
            "a value that is not base64url",
            "only another attempt's cookie",
        ];

        await Assert.AllAsync(rows, async browserHolds =>
        {
            var member = new WalletApiClient(factory, Guid.NewGuid());
            var state = QueryHelpers.ParseQuery((await member.AuthorizationUrlAsync()).Query)["state"].ToString();
            var (name, value) = member.BrowserCookies.Single();
            member.BrowserCookies.Clear();
            switch (browserHolds)
            {
                case "a wrong value":
                    member.BrowserCookies[name] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(state + "x")));
                    break;
                case "a value that is not base64url":
                    member.BrowserCookies[name] = "%%" + value[2..];
                    break;
                case "only another attempt's cookie":
                    await member.AuthorizationUrlAsync();
                    break;
            }

            Assert.Equal("/step3/mypage?link=wrong_browser", await member.CallbackAsync($"?code=anything&state={state}"));

            // Used up: the right browser cannot bring the same code back afterwards.
            member.BrowserCookies[name] = value;
            Assert.Equal("/step3/mypage?link=invalid", await member.CallbackAsync($"?code=anything&state={state}"));
        });
    }

    [Fact]
    public async Task A_provider_address_finished_in_another_members_browser_links_nothing_for_either_member()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, WalletLinkedExchange);
        var starter = new WalletApiClient(factory, Guid.NewGuid());
        var other = new WalletApiClient(factory, Guid.NewGuid());
        var othersWalletEmail = LinkedMember.NewEmail();
        var startersAddress = await starter.AuthorizationUrlAsync();

        // The other member's browser (its own cookies) goes through the provider's pages with the starter's address,
        // logs in with the other member's own wallet and consents, and comes back to our callback.
        using (var othersBrowser = ProviderBrowser.Open(null, () => factory.Sandbox.Smtp.CreateClient()))
        {
            var back = await othersBrowser.AuthorizeAsync(startersAddress.ToString(), othersWalletEmail);
            Assert.Equal("/step3/mypage?link=wrong_browser", await other.CallbackAsync(back.Location.Query));

            // Nor can the starter take that address back into the browser that started the attempt.
            Assert.Equal("/step3/mypage?link=invalid", await starter.CallbackAsync(back.Location.Query));
        }

        foreach (var member in new[] { starter, other })
        {
            Assert.False((await WalletApiClient.JsonAsync(await member.MeAsync())).GetProperty("linked").GetBoolean());
        }
        Assert.Equal(0, await factory.WithDbAsync(db =>
            db.LinkedWallets.CountAsync(w => w.MemberId == starter.MemberId || w.MemberId == other.MemberId)));

        // The other member can still link their own wallet from their own browser; only that link is published.
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, other, othersWalletEmail));
        await events.WaitForAsync(e => e.GetProperty("memberId").GetGuid() == other.MemberId);
        Assert.Equal(0, await events.CountAsync(e => e.GetProperty("memberId").GetGuid() == starter.MemberId, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_wallet_linked_to_one_member_is_refused_for_another_until_it_is_unlinked()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, WalletLinkedExchange);
        var walletEmail = LinkedMember.NewEmail();
        var first = new WalletApiClient(factory, Guid.NewGuid());
        var second = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, first, walletEmail));
        var linked = await events.WaitForAsync(e => e.GetProperty("memberId").GetGuid() == first.MemberId);

        Assert.Equal("/step3/mypage?link=wallet_in_use", await LinkedMember.LinkAsync(factory, second, walletEmail));

        Assert.False((await WalletApiClient.JsonAsync(await second.MeAsync())).GetProperty("linked").GetBoolean());
        var firstMe = await WalletApiClient.JsonAsync(await first.MeAsync());
        Assert.True(firstMe.GetProperty("linked").GetBoolean());
        Assert.Equal(linked.GetProperty("walletAccountId").GetString(), firstMe.GetProperty("walletAccountId").GetString());
        Assert.Equal(0, await events.CountAsync(e => e.GetProperty("memberId").GetGuid() == second.MemberId, TimeSpan.FromSeconds(1)));

        // One member at a time: once the first member unlinks, the wallet can be linked to the second.
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await first.UnlinkAsync()).StatusCode);
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, second, walletEmail));
    }
}
