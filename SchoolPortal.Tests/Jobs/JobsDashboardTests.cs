using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Integrations.Epgu;

using SchoolPortal.Infrastructure;

namespace SchoolPortal.Tests.Jobs;

/// <summary>The Hangfire dashboard on a real Kestrel host with the portal's jobs, asked over HTTP as a browser would.</summary>
[Collection(HangfireServersCollection.Name)]
public sealed class JobsDashboardTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"schoolportal-dashboard-{Guid.NewGuid():N}");
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _root, EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([new("Database:Sqlite", "Data Source=db/portal.db"), new("Jobs:WorkerCount", "1")]);
        builder.Services.AddAuthentication(SignedInAs.SchemeName).AddScheme<AuthenticationSchemeOptions, SignedInAs>(SignedInAs.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddPortalDatabase(builder.Configuration, _root);
        builder.Services.AddScoped<IEpguReadiness, ReadinessPupils>();
        builder.Services.AddEpguPublication(builder.Configuration, _root);
        builder.Services.AddPortalJobs(builder.Configuration, _root);
        _app = builder.Build();
        _app.UseRussianCulture();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.UsePortalJobs();
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, Role? role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (role is { } r)
            request.Headers.Add(SignedInAs.Header, r.ToString());
        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task The_region_operator_reads_the_jobs_dashboard_in_russian()
    {
        using var response = await GetAsync(PortalJobs.DashboardPath, Role.RegionOperator);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Серверы", html);
        Assert.Contains("Задания", html);
        Assert.DoesNotContain(">Servers<", html);
        Assert.DoesNotContain(">Recurring Jobs<", html);
    }

    [Fact]
    public async Task The_recurring_jobs_page_shows_the_portals_jobs_in_russian()
    {
        using var response = await GetAsync(PortalJobs.DashboardPath + "/recurring", Role.RegionOperator);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(QualityJobId, html);
        Assert.DoesNotContain(">Recurring Jobs<", html);
    }

    [Fact]
    public async Task A_school_administrator_is_not_let_in()
    {
        using var response = await GetAsync(PortalJobs.DashboardPath, Role.SchoolAdmin);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static string QualityJobId => QualityScoresJob.JobId;
}
