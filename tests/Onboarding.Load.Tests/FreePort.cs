using System.Net;
using System.Net.Sockets;

namespace Onboarding.Load.Tests;

/// <summary>A loopback port nobody listens on right now, for a sink or a server a test starts.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
