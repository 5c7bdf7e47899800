namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The three services the member's journey talks to, as fakes on real ports, wired together the way the real services
/// are: identity-portal issues the tokens, wallet-link and membership accept them. Every test fixture of the journey
/// (in memory or on Kestrel for a browser) puts the gateway in front of these.
/// </summary>
public sealed class JourneyFakes : IAsyncDisposable
{
    public FakeMembership Membership { get; private init; } = null!;

    public FakeIdentityPortal Portal { get; private init; } = null!;

    public FakeWalletLink Wallet { get; private init; } = null!;

    public static async Task<JourneyFakes> StartAsync()
    {
        var membership = await FakeMembership.StartAsync();
        var portal = await FakeIdentityPortal.StartAsync();
        membership.Authenticate = portal.MemberOf;
        var wallet = await FakeWalletLink.StartAsync(portal.MemberOf);
        return new JourneyFakes { Membership = membership, Portal = portal, Wallet = wallet };
    }

    /// <summary>Member 1 has a My Portal account (STEP 2 done elsewhere); nothing linked, nothing completed.</summary>
    public void Reset()
    {
        Membership.Reset();
        Portal.Reset();
        Wallet.Reset();
        Portal.AddAccount(FakeMembership.Member1Email);
    }

    /// <summary>Where the gateway finds each fake (the Aspire service-discovery keys the AppHost sets).</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["services:membership:http:0"] = Membership.BaseAddress.ToString(),
        ["services:identity-portal:http:0"] = Portal.BaseAddress.ToString(),
        ["services:wallet-link:http:0"] = Wallet.BaseAddress.ToString(),
        // Every test here talks from the same (absent) client address.
        ["Gateway:RateLimiting:PermitsPerMinute"] = "100000",
    };

    public async ValueTask DisposeAsync()
    {
        await Wallet.DisposeAsync();
        await Portal.DisposeAsync();
        await Membership.DisposeAsync();
    }
}
