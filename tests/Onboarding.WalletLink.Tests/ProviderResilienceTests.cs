using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// wallet-link against a misbehaving provider: with 30% of requests failing and added latency, the mypage data still
/// comes within the retry budget and linking succeeds when the member tries again after "unavailable"; with the provider
/// fully down the member gets the link state and <c>providerAvailable: false</c>, and once the circuit is open that
/// answer comes without calling the provider. Token exchanges spend single-use grants and are never retried.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class ProviderResilienceTests(WalletLinkFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => SandboxFaults.ClearAsync(factory.Sandbox);

    [Fact]
    public async Task Linking_and_the_mypage_survive_a_flaky_slow_provider()
    {
        await SandboxFaults.SetAsync(factory.Sandbox, errorRate: 0.3, statusCodes: [500, 502, 503], addedLatencyMs: 150);
        for (var round = 0; round < 3; round++)
        {
            var member = new WalletApiClient(factory, Guid.NewGuid());
            // The code exchange is sent once (a 5xx may hide an accepted code): when it fails, the member is told the
            // provider is unavailable — never "failed", which a replayed code would give — and goes through PokePay again.
            var outcome = await LinkedMember.LinkAsync(factory, member);
            for (var again = 0; again < 8 && outcome == "/step3/mypage?link=unavailable"; again++)
            {
                outcome = await LinkedMember.LinkAsync(factory, member);
            }
            Assert.Equal("/step3/mypage?link=linked", outcome);
            for (var read = 0; read < 3; read++)
            {
                var me = await WalletApiClient.JsonAsync(await member.MeAsync());
                Assert.True(me.GetProperty("providerAvailable").GetBoolean(), me.ToString());
                Assert.True(me.GetProperty("balance").GetDecimal() > 0);
            }
        }
    }

    [Fact]
    public async Task A_provider_that_is_down_leaves_the_link_state_and_a_notice_and_the_circuit_opens()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
        await SandboxFaults.SetAsync(factory.Sandbox, errorRate: 1.0, statusCodes: [503], addedLatencyMs: 0);
        try
        {
            // The first reads spend their retries on the provider and trip the breaker; from then on a read does not
            // call the provider at all (nothing to wait for), and still answers with the link state and the notice.
            var readsWithoutProviderCall = 0;
            for (var read = 0; read < 6 && readsWithoutProviderCall == 0; read++)
            {
                var before = factory.Sandbox.ApiRequests;
                AssertLinkedButUnavailable(await WalletApiClient.JsonAsync(await member.MeAsync()));
                if (factory.Sandbox.ApiRequests == before) readsWithoutProviderCall++;
                else Assert.True(factory.Sandbox.ApiRequests - before > 1, "A failing read was not retried.");
            }
            Assert.True(readsWithoutProviderCall > 0, "The circuit never opened: every read still called the provider.");

            // A member coming back from the provider's pages (which still work) is told the provider is unavailable.
            var other = new WalletApiClient(factory, Guid.NewGuid());
            Assert.Equal("/step3/mypage?link=unavailable", await LinkedMember.LinkAsync(factory, other));
        }
        finally
        {
            await SandboxFaults.ClearAsync(factory.Sandbox);
            await WaitUntilAvailableAsync(member);
        }
    }

    [Fact]
    public async Task A_code_exchange_answered_with_a_5xx_is_sent_once_and_the_member_told_to_try_again()
    {
        bool[] rows =
        [
            true,
            false,
        ];

        await Assert.AllAsync(rows, async carriedOut =>
        {
            await SandboxFaults.ClearAsync(factory.Sandbox); // no fault left over from an earlier row
            if (carriedOut) factory.Sandbox.AfterAcceptingNextTokenRequest(TimeSpan.Zero, status: 503);
            else await SandboxFaults.SetAsync(factory.Sandbox, errorRate: 1.0, statusCodes: [503], addedLatencyMs: 0);
            var member = new WalletApiClient(factory, Guid.NewGuid());
            var tokenRequests = factory.Sandbox.TokenRequests;

            Assert.Equal("/step3/mypage?link=unavailable", await LinkedMember.LinkAsync(factory, member));

            Assert.Equal(1, factory.Sandbox.TokenRequests - tokenRequests);
            Assert.False((await WalletApiClient.JsonAsync(await member.MeAsync())).GetProperty("linked").GetBoolean());
        });
    }

    [Fact]
    public async Task A_slow_code_exchange_that_was_carried_out_is_waited_for_not_sent_again()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        // Longer than one attempt of a read may take (3 s): the code has been spent, so a second try could only fail.
        factory.Sandbox.AfterAcceptingNextTokenRequest(TimeSpan.FromSeconds(4));
        var tokenRequests = factory.Sandbox.TokenRequests;

        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));

        Assert.Equal(1, factory.Sandbox.TokenRequests - tokenRequests);
    }

    [Fact]
    public async Task A_slow_refresh_that_was_carried_out_is_waited_for_and_the_grant_survives()
    {
        var member = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
        await ExpireAccessTokenAsync(member);
        // The refresh token is spent by the provider on arrival; replaying it would make the provider revoke the grant.
        factory.Sandbox.AfterAcceptingNextTokenRequest(TimeSpan.FromSeconds(4));
        var tokenRequests = factory.Sandbox.TokenRequests;

        var me = await WalletApiClient.JsonAsync(await member.MeAsync());
        Assert.True(me.GetProperty("providerAvailable").GetBoolean(), me.ToString());
        Assert.Equal(1, factory.Sandbox.TokenRequests - tokenRequests);

        // The grant is intact: the next renewal works as well.
        await ExpireAccessTokenAsync(member);
        me = await WalletApiClient.JsonAsync(await member.MeAsync());
        Assert.True(me.GetProperty("providerAvailable").GetBoolean(), me.ToString());
        Assert.Equal(2, factory.Sandbox.TokenRequests - tokenRequests);
    }

    private async Task ExpireAccessTokenAsync(WalletApiClient member)
    {
        var wallet = await factory.WithDbAsync(db => db.LinkedWallets.AsNoTracking().SingleAsync(w => w.MemberId == member.MemberId));
        factory.Clock.Advance(wallet.AccessTokenExpiresAt - factory.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
    }

    private static void AssertLinkedButUnavailable(JsonElement me)
    {
        Assert.True(me.GetProperty("linked").GetBoolean(), me.ToString());
        Assert.False(me.GetProperty("providerAvailable").GetBoolean(), me.ToString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("balance").ValueKind);
        Assert.False(string.IsNullOrEmpty(me.GetProperty("walletAccountId").GetString()));
    }

    /// <summary>The circuit closes again after its break; later tests need a working provider.</summary>
    private static async Task WaitUntilAvailableAsync(WalletApiClient linkedMember)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var me = await WalletApiClient.JsonAsync(await linkedMember.MeAsync());
            if (me.GetProperty("providerAvailable").GetBoolean()) return;
            await Task.Delay(1000);
        }
        Assert.Fail("The provider did not become available again after the faults were cleared.");
    }
}
