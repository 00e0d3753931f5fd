using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SchoolPortal.Tests.Security;

public sealed class PortalSecurityTests
{
    private const string PublicHost = "school.example";

    [Theory]
    [InlineData("/page")]
    [InlineData("/no-such-page")]
    public async Task Every_response_forbids_framing_sniffing_and_foreign_scripts(string path)
    {
        await using var host = await SecuredHost.StartAsync("Development");
        using var client = host.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'(;|$)", csp);
    }

    [Fact]
    public async Task Each_response_gets_its_own_script_nonce()
    {
        await using var host = await SecuredHost.StartAsync("Development");
        using var client = host.Client();

        using var first = await client.GetAsync("/page");
        using var second = await client.GetAsync("/page");

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Forms_may_post_to_the_real_esia_and_nowhere_else()
    {
        await using var host = await SecuredHost.StartAsync("Development", new() { ["Esia:BaseUrl"] = "https://esia.gosuslugi.ru/aas/oauth2" });
        using var client = host.Client();

        using var response = await client.GetAsync("/page");

        Assert.Contains("form-action 'self' https://esia.gosuslugi.ru;", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Production_sends_plain_http_to_https()
    {
        await using var host = await SecuredHost.StartAsync("Production");
        using var client = host.Client();
        using var request = PublicRequest("/page", forwardedHttps: false);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{PublicHost}/page", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Behind_the_local_proxy_https_is_believed_cookies_are_secure_and_hsts_is_sent()
    {
        await using var host = await SecuredHost.StartAsync("Production");
        using var client = host.Client();
        using var request = PublicRequest("/cookie", forwardedHttps: true);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https", await response.Content.ReadAsStringAsync());
        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Forwarded_https_from_an_unknown_proxy_is_ignored()
    {
        // Only 10.0.0.5 is a proxy: the test's loopback client is a stranger claiming HTTPS.
        await using var host = await SecuredHost.StartAsync("Production", new() { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5" },
            services => services.PostConfigure<ForwardedHeadersOptions>(o =>
            {
                o.KnownProxies.Remove(IPAddress.IPv6Loopback);
                o.KnownIPNetworks.Clear();
            }));
        using var client = host.Client();
        using var request = PublicRequest("/cookie", forwardedHttps: true);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Fact]
    public async Task A_failure_in_production_shows_neither_the_exception_nor_the_cookies()
    {
        await using var host = await SecuredHost.StartAsync("Production");
        using var client = host.Client();
        using var request = PublicRequest("/boom", forwardedHttps: true);
        request.Headers.Add("Cookie", "SchoolPortal.Auth=COOKIE-VALUE-123");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Произошла ошибка", body);
        Assert.DoesNotContain(SecuredHost.Secret, body);
        Assert.DoesNotContain("COOKIE-VALUE-123", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }

    [Fact]
    public void A_proxy_address_that_is_not_an_address_stops_the_start_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
            builder.Configuration["ForwardedHeaders:KnownProxies:0"] = "nginx.local";
            SchoolPortal.Infrastructure.Security.PortalSecurity.AddPortalSecurity(builder.Services, builder.Configuration, builder.Environment);
            using var app = builder.Build();
            _ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        });
        Assert.Contains("ForwardedHeaders:KnownProxies", error.Message);
    }

    /// <summary>A request for the portal's public name, as nginx passes it on (with the original scheme) or as a client sends it.</summary>
    private static HttpRequestMessage PublicRequest(string path, bool forwardedHttps)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = PublicHost;
        if (forwardedHttps)
            request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }
}
