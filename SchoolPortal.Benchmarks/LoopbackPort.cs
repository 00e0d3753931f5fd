using System.Net;
using System.Net.Sockets;

namespace SchoolPortal.Benchmarks;

/// <summary>A free TCP port on 127.0.0.1 for a child process (portal node, Redis, nginx): asked of the system, then released.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
