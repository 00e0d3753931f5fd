using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolPortal.Infrastructure.Security;

namespace SchoolPortal.Tests.Security;

/// <summary>
/// A web host on a loopback port with the portal's own security pipeline (<see cref="PortalSecurity"/>) in front of a few
/// endpoints: a page, one that sets a cookie, one that throws with a secret in its message, and the error page.
/// </summary>
public sealed class SecuredHost(string environment, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : IAsyncDisposable
{
    public const string Secret = "SECRET-0f3a-STACK";

    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<SecuredHost> StartAsync(string environment, Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var host = new SecuredHost(environment, settings, services);
        await host.StartAsync();
        return host;
    }

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddPortalSecurity(builder.Configuration, builder.Environment);
        services?.Invoke(builder.Services);
        _app = builder.Build();
        _app.UsePortalSecurity();
        _app.MapGet("/page", () => Results.Text("<p>страница</p>", "text/html"));
        _app.MapGet("/cookie", (HttpContext http) =>
        {
            http.Response.Cookies.Append("probe", "1", new CookieOptions { Secure = http.Request.IsHttps, HttpOnly = true });
            return Results.Text(http.Request.Scheme);
        });
        _app.MapGet("/boom", IResult () => throw new InvalidOperationException(Secret));
        _app.MapGet("/Error", () => Results.Text("Произошла ошибка", statusCode: 500));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
