using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolPortal.Data;
using SchoolPortal.Integrations;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

/// <summary>
/// The emulator alone in a minimal web host on a loopback port (the test project has no TestHost package), over a real
/// SQLite test database with <see cref="EmulatorFamilies"/>, a pinned clock, and the portal's side played by an
/// <see cref="RsaDevelopmentSigner"/> that signs requests the way the portal does.
/// </summary>
public sealed class EsiaEmulatorHost : IAsyncLifetime
{
    public const string RedirectUri = "https://portal.test/signin-esia";
    public const string Scope = "openid fullname birthdate gender snils id_doc kid_fullname kid_birthdate kid_snils kid_birth_cert_doc";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"esia-emulator-{Guid.NewGuid():N}");
    private WebApplication? _app;

    public TestDatabase Database { get; } = new();
    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);
    public EmulatorFamilies Families { get; private set; } = null!;
    public RsaDevelopmentSigner Signer { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;
    public string ContentRoot => _root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        TestKeys.PlaceUnder(_root);
        Families = EmulatorFamilies.Create(Database);
        Signer = RsaDevelopmentSigner.FromFile(Path.Combine(_root, new EsiaSignerOptions().DevelopmentKeyPath));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _root, EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(Database.Factory);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddEsiaEmulator(builder.Configuration, _root, new DemoEmulators(demoEnabled: true, builder.Environment.EnvironmentName));
        _app = builder.Build();
        _app.MapEsiaEmulator();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
    }

    public Task<IReadOnlyList<EmulatorPerson>> PersonsAsync() => Services.GetRequiredService<EsiaEmulatorPersons>().ListAsync();

    public async Task<EmulatorPerson> PersonAsync(string key) => (await PersonsAsync()).Single(p => p.Key == key);

    /// <summary>
    /// The authorization request the portal sends, signed; <paramref name="change"/> alters it after signing (a value, or
    /// null to leave the parameter out).
    /// </summary>
    public async Task<string> AuthorizationUrlAsync(IReadOnlyDictionary<string, string?>? change = null)
    {
        var state = Guid.NewGuid().ToString("D");
        var timestamp = EsiaTimestamp.Format(Clock.GetUtcNow());
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = EsiaEmulatorSettings.DefaultClientId,
            ["client_secret"] = await EsiaClientSecret.CreateAsync(Signer, EsiaEmulatorSettings.DefaultClientId, Scope, timestamp, state, RedirectUri),
            ["redirect_uri"] = RedirectUri,
            ["scope"] = Scope,
            ["response_type"] = "code",
            ["state"] = state,
            ["timestamp"] = timestamp,
            ["access_type"] = "online",
            ["client_certificate_hash"] = Signer.CertificateHash,
        };
        foreach (var (name, value) in change ?? new Dictionary<string, string?>())
            query[name] = value;
        return QueryHelpers.AddQueryString(EsiaEmulatorEndpoints.AuthorizationPath, query.Where(p => p.Value is not null));
    }

    /// <summary>Opens the picker and submits <paramref name="form"/>; the emulator's redirect address back to the portal.</summary>
    public async Task<Uri> AnswerPickerAsync(IReadOnlyDictionary<string, string> form)
    {
        var picker = await Http.GetAsync(await AuthorizationUrlAsync());
        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        var action = FormAction(await picker.Content.ReadAsStringAsync());
        var answer = await Http.PostAsync(action, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer.Headers.Location!;
    }

    /// <summary>Signs in as <paramref name="key"/> on the picker: the code it redirects back with.</summary>
    public async Task<string> CodeForAsync(string key)
    {
        var back = await AnswerPickerAsync(new Dictionary<string, string> { ["person"] = key });
        return QueryHelpers.ParseQuery(back.Query)["code"].ToString();
    }

    /// <summary>The portal's token request for <paramref name="code"/> with a new state, signed; <paramref name="change"/> as above.</summary>
    public async Task<(HttpResponseMessage Response, string State)> TokenRequestAsync(string code, IReadOnlyDictionary<string, string?>? change = null)
    {
        var state = Guid.NewGuid().ToString("D");
        var timestamp = EsiaTimestamp.Format(Clock.GetUtcNow());
        var form = new Dictionary<string, string?>
        {
            ["client_id"] = EsiaEmulatorSettings.DefaultClientId,
            ["code"] = code,
            ["grant_type"] = "authorization_code",
            ["client_secret"] = await EsiaClientSecret.CreateAsync(Signer, EsiaEmulatorSettings.DefaultClientId, Scope, timestamp, state, RedirectUri, code),
            ["state"] = state,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = Scope,
            ["timestamp"] = timestamp,
            ["token_type"] = "Bearer",
            ["client_certificate_hash"] = Signer.CertificateHash,
        };
        foreach (var (name, value) in change ?? new Dictionary<string, string?>())
            form[name] = value;
        var content = new FormUrlEncodedContent(form.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)));
        return (await Http.PostAsync(EsiaEmulatorEndpoints.TokenPath, content), state);
    }

    public static string FormAction(string html)
    {
        const string marker = "<form method=\"post\" action=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        Signer?.Dispose();
        Database.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
