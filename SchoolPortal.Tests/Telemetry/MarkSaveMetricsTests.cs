using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.Journal;
using SchoolPortal.Infrastructure.Telemetry;
using SchoolPortal.Tests.Journal;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Telemetry;

/// <summary>
/// A web host with the portal's observability registration (the one Program.cs calls) on real Kestrel ports, and the journal
/// service saving through the host's <see cref="PortalMetrics"/>: what a scraper reads after a teacher's save.
/// </summary>
public sealed class MarkSaveMetricsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly int _port = FreePort();
    private readonly int _managementPort = FreePort();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = $"http://127.0.0.1:{_port}",
            ["Telemetry:MetricsPort"] = _managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddPortalObservability();
        _app = builder.Build();
        _app.MapGet("/", () => "Портал");
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task A_saved_mark_and_the_requests_show_on_the_management_port_without_who_or_what()
    {
        var data = JournalTestData.Create(_database);
        var journal = new JournalService(_database.For(data.TeacherUser), ManualClock.On(TestRegion.Today), _app.Services.GetRequiredService<PortalMetrics>());
        var saved = await journal.SaveCellAsync(data.Lessons[0].Id, data.Pupils[0].Id, "5", 0);
        Assert.True(saved.Succeeded, saved.Message);
        await _http.GetStringAsync($"http://127.0.0.1:{_port}/");

        var text = await _http.GetStringAsync($"http://127.0.0.1:{_managementPort}/metrics");

        var line = Assert.Single(text.Split('\n'), l => l.StartsWith("schoolportal_journal_mark_saves", StringComparison.Ordinal)
            && l.Contains("outcome=\"saved\"", StringComparison.Ordinal));
        Assert.Contains("kind=\"cell\"", line);
        Assert.Contains("http_server_request_duration_seconds_count", text);
        Assert.DoesNotContain(data.Pupils[0].Name.Surname, text);
        Assert.DoesNotContain(data.TeacherUser.Login, text);
    }

    [Fact]
    public async Task The_main_port_answers_metrics_with_404()
    {
        var response = await _http.GetAsync($"http://127.0.0.1:{_port}/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
