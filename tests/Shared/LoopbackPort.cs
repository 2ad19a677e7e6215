using System.Net;
using System.Net.Sockets;

/// <summary>A loopback port nothing listens on at the moment it is asked for (the listener that found it is closed).</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
