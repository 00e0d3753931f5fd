using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// ESIA's addresses. With the real ESIA (or an emulator at a fixed address) they come from Esia:BaseUrl. When the portal
/// hosts the emulator and BaseUrl is empty, the browser is sent to the host it is using, and the portal's own calls (token,
/// REST) go to the address Kestrel listens on.
/// </summary>
public sealed class EsiaEndpoints(EsiaOptions options, IServer server)
{
    /// <summary>The base for the portal's server-to-server calls.</summary>
    public Uri Backchannel()
    {
        if (Configured is { } configured)
            return configured;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Esia:BaseUrl не указан, а адрес, который слушает портал, неизвестен.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
            uri.Host = "localhost";
        return new Uri(uri.Uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    /// <summary>The base the browser is sent to.</summary>
    public Uri Browser(HttpRequest request) => Configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    /// <summary>Esia:BaseUrl with a closing slash, or null when the portal hosts the emulator itself.</summary>
    private Uri? Configured => string.IsNullOrWhiteSpace(options.BaseUrl) ? null : new Uri(options.BaseUrl.TrimEnd('/') + "/");

    public Uri Authorization(HttpRequest request) => new(Browser(request), EsiaDefaults.AuthorizationPath.TrimStart('/'));

    public Uri Token() => new(Backchannel(), EsiaDefaults.TokenPath.TrimStart('/'));

    /// <summary>ESIA's logout, which returns the browser to <paramref name="returnTo"/>.</summary>
    public string Logout(HttpRequest request, string returnTo) =>
        new Uri(Browser(request), EsiaDefaults.LogoutPath.TrimStart('/'))
        + $"?client_id={Uri.EscapeDataString(options.ClientId)}&redirect_url={Uri.EscapeDataString(returnTo)}";
}
