using System.Net;
using System.Net.Sockets;

namespace EventSystem.Testing;

/// <summary>Picks loopback ports that nothing listens on.</summary>
internal static class LocalPorts
{
    /// <summary>A port that was free a moment ago; the caller retries if someone else takes it first.</summary>
    public static int GetFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
