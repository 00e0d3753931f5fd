using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Esia;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

/// <summary>
/// The portal's real ESIA sign-in (the framework's OpenID Connect handler with the portal's events) and the emulator in one
/// web host on a loopback port, over a real SQLite database with <see cref="EmulatorFamilies"/>. A test walks the browser's
/// redirects by hand with a cookie-keeping client; <c>/whoami</c> answers the signed-in login.
/// </summary>
public sealed class EsiaSignInHost : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"esia-signin-{Guid.NewGuid():N}");
    private readonly Action<IServiceCollection>? _replace;
    private WebApplication? _app;

    public EsiaSignInHost(Action<IServiceCollection>? replace = null) => _replace = replace;

    /// <summary>The demo's kind of environment: emulators may run in it (never in Production).</summary>
    public const string Environment = "Testing";

    public TestDatabase Database { get; } = new();
    public EmulatorFamilies Families { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        TestKeys.PlaceUnder(_root);
        Families = EmulatorFamilies.Create(Database);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _root, EnvironmentName = Environment });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Esia:Mode"] = "Emulator",
        });
        builder.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(Database.Factory);
        builder.Services.AddSingleton<TimeProvider>(ManualClock.On(TestRegion.Today));
        // Not Development: no build-time validation of the Blazor services this host does not use (the circuit's current user).
        builder.Services.AddPortalCache(builder.Configuration);
        builder.Services.AddPortalAuthentication();
        builder.Services.AddEsiaFeature(builder.Configuration, builder.Environment);
        builder.Services.AddAntiforgery();
        _replace?.Invoke(builder.Services);
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.UseAntiforgery();
        _app.MapAccountEndpoints();
        _app.MapEsiaLinkEndpoints();
        _app.MapGet("/whoami", (HttpContext http) => PortalUser.From(http.User).Login);
        // What <AntiforgeryToken /> puts into the portal's forms: the request token (the cookie half is set on the response).
        _app.MapGet(FormTokenPath, (HttpContext http, IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(http).RequestToken);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public const string FormTokenPath = "/form-token";

    /// <summary>The portal's development signing key (its certificate's hash is what the emulator has registered).</summary>
    public string DevelopmentKeyPath => Path.Combine(_root, new EsiaSignerOptions().DevelopmentKeyPath);

    /// <summary>Posts a form the way the portal's pages do: with the antiforgery token a page would have rendered for this browser.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, bool withToken = true)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (withToken)
            fields.Add(new("__RequestVerificationToken", await browser.GetStringAsync(FormTokenPath)));
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in through ESIA as the emulator's <paramref name="personKey"/>; returns where the portal sent the browser.</summary>
    public static async Task<string> SignInAsync(HttpClient browser, string personKey) =>
        await FollowAsync(browser, await PickAsync(browser, await StartAsync(browser), personKey));

    public HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    public async Task<EmulatorPerson> PersonAsync(string key) =>
        (await Services.GetRequiredService<EsiaEmulatorPersons>().ListAsync()).Single(p => p.Key == key);

    /// <summary>Starts «Войти через Госуслуги» and returns the emulator's authorization address the portal redirected to.</summary>
    public static async Task<Uri> StartAsync(HttpClient browser)
    {
        using var start = await browser.GetAsync(EsiaDefaults.SignInPath);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return start.Headers.Location!;
    }

    /// <summary>Picks the person on the emulator's page; returns where ESIA sends the browser back (the portal's callback).</summary>
    public static async Task<Uri> PickAsync(HttpClient browser, Uri authorization, string personKey)
    {
        using var page = await browser.GetAsync(authorization);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"esia-person-{personKey}", await page.Content.ReadAsStringAsync());
        using var answer = await browser.PostAsync(authorization, new FormUrlEncodedContent([new("person", personKey)]));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer.Headers.Location!;
    }

    /// <summary>Follows the redirects from <paramref name="next"/> until a page answers; returns the last address.</summary>
    public static async Task<string> FollowAsync(HttpClient browser, Uri next)
    {
        for (var hop = 0; hop < 10; hop++)
        {
            using var response = await browser.GetAsync(next);
            if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
                return next.PathAndQuery;
            next = new Uri(browser.BaseAddress!, response.Headers.Location!);
        }
        throw new InvalidOperationException("Too many redirects.");
    }

    public static string? CodeOf(Uri callback) => Regex.Match(callback.Query, "[?&]code=([^&]+)") is { Success: true } m ? Uri.UnescapeDataString(m.Groups[1].Value) : null;

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        Database.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Key files still open: the temp folder is cleaned by the OS.
        }
    }
}
