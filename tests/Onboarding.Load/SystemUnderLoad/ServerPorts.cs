using System.Net;
using System.Net.Sockets;

namespace Onboarding.Load.SystemUnderLoad;

/// <summary>
/// The previous run's PostgreSQL and RabbitMQ may still be shutting down when the next run starts (PostgreSQL's
/// shutdown checkpoint after a busy run takes seconds): a server started on a port still held never came up, and the
/// run waited its whole start timeout for a gateway that could not start. So a run waits for the ports first.
/// </summary>
public static class ServerPorts
{
    public static async Task WaitUntilFreeAsync(IReadOnlyList<int> ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (ports.Where(InUse).ToList() is { Count: > 0 } held)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"Port(s) {string.Join(", ", held)} still in use after {timeout.TotalSeconds:0} s: a server of an earlier run is still running (see `ss -ltnp`).");
            }
            LoadRun.Say($"waiting for port(s) {string.Join(", ", held)} to be free (an earlier run's servers stopping) ...");
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    public static bool InUse(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }
}
