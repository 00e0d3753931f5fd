using System.Net;
using SchoolPortal.Tests.Health;

namespace SchoolPortal.Tests.Telemetry;

/// <summary>The management port against the real portal: metrics there and nowhere else, and nothing else there.</summary>
public sealed class MetricsPortTests(ObservedPortal portal) : IClassFixture<ObservedPortal>, IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_management_port_serves_the_request_metrics()
    {
        await _http.GetAsync(portal.BaseUrl + "/health/live");

        var metrics = await _http.GetAsync(portal.ManagementUrl + "/metrics");
        var text = await metrics.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("http_server_request_duration_seconds_count", text);
    }

    [Fact]
    public async Task The_public_port_does_not_serve_metrics_to_an_anonymous_caller_even_naming_the_management_port()
    {
        foreach (var host in new[] { ObservedPortal.PublicHost, $"{ObservedPortal.PublicHost}:{portal.ManagementPort}", $"127.0.0.1:{portal.ManagementPort}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, portal.BaseUrl + "/metrics");
            request.Headers.Host = host;
            request.Headers.Add("X-Forwarded-Port", portal.ManagementPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("# TYPE", text);
            Assert.DoesNotContain("http_server_request_duration", text);
        }
    }

    [Fact]
    public async Task The_management_port_is_no_second_way_into_the_portal()
    {
        var login = await _http.GetAsync(portal.ManagementUrl + "/account/login");
        var live = await _http.GetAsync(portal.ManagementUrl + "/health/live");

        Assert.Equal(HttpStatusCode.NotFound, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
