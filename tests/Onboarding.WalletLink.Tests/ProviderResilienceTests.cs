using System.Text.Json;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// wallet-link against a misbehaving provider: with 30% of requests failing and added latency, linking and the mypage
/// data still succeed within the retry budget; with the provider fully down the member gets the link state and
/// <c>providerAvailable: false</c>, and once the circuit is open that answer comes without calling the provider.
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
            Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
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
