namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on a real port (a browser cannot reach the in-memory server) with <see cref="JourneyFakes"/> behind it;
/// the fake wallet provider sends the browser back to it.
/// </summary>
public sealed class JourneyBrowserGateway : IAsyncLifetime
{
    public JourneyFakes Fakes { get; private set; } = null!;

    public FakeMembership Membership => Fakes.Membership;

    public FakeIdentityPortal Portal => Fakes.Portal;

    public KestrelGatewayFactory Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fakes = await JourneyFakes.StartAsync();
        Gateway = KestrelGatewayFactory.WithSettings(Fakes.ServiceSettings);
        Fakes.Wallet.GatewayAddress = Gateway.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Fakes.DisposeAsync();
    }
}
