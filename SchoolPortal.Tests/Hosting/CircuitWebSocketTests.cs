using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Hosting;

/// <summary>
/// The circuits' WebSockets stay compressed, but the portal does not keep its compression state between messages (a
/// quarter of a megabyte per open circuit otherwise): what the real portal answers a WebSocket handshake that offers
/// permessage-deflate.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitWebSocketTests(PortalServer portal)
{
    [BrowserFact]
    public async Task A_circuit_websocket_is_compressed_without_server_context_takeover()
    {
        using var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        using var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        negotiate.EnsureSuccessStatusCode();
        var token = (await negotiate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();

        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;
        var address = new UriBuilder(portal.BaseUrl) { Scheme = "ws", Path = "/_blazor", Query = $"id={Uri.EscapeDataString(token!)}" }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        var extensions = string.Join(", ", socket.HttpResponseHeaders?["Sec-WebSocket-Extensions"] ?? []);
        Assert.Contains("permessage-deflate", extensions);
        Assert.Contains("server_no_context_takeover", extensions);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }
}
