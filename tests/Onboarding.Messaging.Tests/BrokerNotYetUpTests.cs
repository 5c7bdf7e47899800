using System.Net;
using System.Net.Sockets;
using Onboarding.Messaging.Topology;

namespace Onboarding.Messaging.Tests;

/// <summary>
/// The migrate step starts with its database, not with the broker (issue 12: its start and migrations overlap the
/// broker's boot), so opening the broker must wait for it instead of failing the step at once.
/// </summary>
public sealed class BrokerNotYetUpTests
{
    [Fact]
    public async Task While_nothing_listens_on_the_brokers_port_opening_keeps_asking_until_the_step_gives_up()
    {
        var uri = $"amqp://guest:guest@127.0.0.1:{UnusedPort()}/";
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var started = DateTime.UtcNow;

        // Not BrokerUnreachableException after the first refused connection: only the step's own time limit ends it.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BrokerQueues.OpenWhenReachableAsync(uri, TimeSpan.FromMilliseconds(100), giveUp.Token));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1.9), "gave up before the time limit");
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
