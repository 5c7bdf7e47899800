using Onboarding.Load.SystemUnderLoad;

namespace Onboarding.Load.Tests;

public sealed class RunLockTests
{
    [Fact]
    public void A_second_run_on_the_same_data_directory_is_refused_until_the_first_ends()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"load-lock-{Guid.NewGuid():N}");
        try
        {
            using (RunLock.Acquire(directory))
            {
                var refused = Assert.Throws<InvalidOperationException>(() => RunLock.Acquire(directory));
                Assert.Contains($"pid {Environment.ProcessId}", refused.Message);
            }
            using var after = RunLock.Acquire(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_run_waits_for_a_port_an_earlier_server_still_holds_and_says_which()
    {
        using var held = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        held.Start();
        var port = ((System.Net.IPEndPoint)held.LocalEndpoint).Port;

        Assert.True(ServerPorts.InUse(port));
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerPorts.WaitUntilFreeAsync([port], TimeSpan.Zero, CancellationToken.None));
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message);
        held.Stop();
        await ServerPorts.WaitUntilFreeAsync([port], TimeSpan.Zero, CancellationToken.None);
    }
}
