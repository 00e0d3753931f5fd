using System.Net;
using System.Text.Json;

namespace SchoolPortal.Tests.Health;

public sealed class HealthEndpointTests(ObservedPortal portal) : IClassFixture<ObservedPortal>, IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_healthy_node_is_live_and_ready_and_names_each_check_without_paths()
    {
        var live = await _http.GetAsync(portal.BaseUrl + "/health/live");
        var ready = await _http.GetAsync(portal.BaseUrl + "/health/ready");
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = Checks(body);
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["epgu-outbox"]);
        Assert.Equal("Healthy", checks["epgu-enrollment-folders"]);
        Assert.Equal("Healthy", checks["girvu-folders"]);
        Assert.DoesNotContain(portal.DataFolder, body);
        Assert.DoesNotContain("/", body);
    }

    [Fact]
    public async Task Ready_is_503_while_an_outbox_cannot_be_written_and_live_stays_200()
    {
        // Root writes through any mode bits: a file where the folder should be is what no one can write into.
        if (Directory.Exists(portal.EpguOutbox))
            Directory.Delete(portal.EpguOutbox, recursive: true);
        await File.WriteAllTextAsync(portal.EpguOutbox, "not a folder");
        try
        {
            var ready = await _http.GetAsync(portal.BaseUrl + "/health/ready");
            var live = await _http.GetAsync(portal.BaseUrl + "/health/live");
            var body = await ready.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("application/json", ready.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Unhealthy", Checks(body)["epgu-outbox"]);
            Assert.Equal("Healthy", Checks(body)["database"]);
            Assert.DoesNotContain(portal.EpguOutbox, body);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            File.Delete(portal.EpguOutbox);
        }
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(portal.BaseUrl + "/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_while_the_database_file_is_missing_and_live_stays_200()
    {
        var away = portal.DatabasePath + ".away";
        File.Move(portal.DatabasePath, away);
        try
        {
            var ready = await _http.GetAsync(portal.BaseUrl + "/health/ready");
            var live = await _http.GetAsync(portal.BaseUrl + "/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", Checks(await ready.Content.ReadAsStringAsync())["database"]);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.False(File.Exists(portal.DatabasePath), "the probe must not create an empty database in the missing one's place");
        }
        finally
        {
            File.Move(away, portal.DatabasePath);
        }
    }

    [Fact]
    public async Task Ready_is_503_while_the_database_file_is_not_a_database()
    {
        var original = await File.ReadAllBytesAsync(portal.DatabasePath);
        // Overwritten in place (the same file), as a broken disk or a wrong copy would leave it.
        await File.WriteAllBytesAsync(portal.DatabasePath, Enumerable.Repeat((byte)0x5A, original.Length).ToArray());
        try
        {
            var ready = await _http.GetAsync(portal.BaseUrl + "/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", Checks(await ready.Content.ReadAsStringAsync())["database"]);
        }
        finally
        {
            await File.WriteAllBytesAsync(portal.DatabasePath, original);
        }
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(portal.BaseUrl + "/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Probes_answer_a_prober_that_names_the_node_not_the_public_host()
    {
        // AllowedHosts names the public host only: the portal refuses the node's address, the probes must not.
        var page = await _http.GetAsync(portal.BaseUrl + "/account/login");
        var live = await _http.GetAsync(portal.BaseUrl + "/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static Dictionary<string, string> Checks(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
