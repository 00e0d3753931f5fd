using Microsoft.AspNetCore.Components.Server;

namespace SchoolPortal.Infrastructure.Hosting;

/// <summary>
/// The circuits' WebSockets: compressed, as Blazor has them by default, but the server's compression state is not kept
/// from one message to the next. Kept, it is zlib's window and hash table, about a quarter of a megabyte of native memory
/// per connection, for every open journal whether it sends anything or not; memory per open circuit is what sizes a node
/// (docs/deployment.md). The frame-ancestors policy Blazor sets with compression stays (its default, 'self').
/// </summary>
public static class CircuitWebSockets
{
    public static void Configure(ServerComponentsEndpointOptions options) =>
        options.ConfigureWebSocketAcceptContext = (_, accept) =>
        {
            accept.DangerousEnableCompression = true;
            accept.DisableServerContextTakeover = true;
            return Task.CompletedTask;
        };
}
