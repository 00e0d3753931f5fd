using SchoolPortal.Features.Readiness;
using SchoolPortal.Tests.Jobs;
using System.Security.Claims;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Integrations.Epgu;

namespace SchoolPortal.Tests.Epgu;

[Collection(HangfireServersCollection.Name)]
public sealed class PortalJobsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"schoolportal-jobs-{Guid.NewGuid():N}");

    public PortalJobsTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private WebApplication Portal(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _root, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
            .Append(new("Database:Sqlite", "Data Source=db/portal.db")));
        builder.Services.AddAuthorization();
        builder.Services.AddPortalDatabase(builder.Configuration, _root);
        builder.Services.AddScoped<IEpguReadiness, ReadinessPupils>();
        builder.Services.AddEpguPublication(builder.Configuration, _root);
        builder.Services.AddOptions<CampOptions>().BindConfiguration(CampOptions.Section);
        builder.Services.AddPortalJobs(builder.Configuration, _root);
        var app = builder.Build();
        app.UsePortalJobs();
        return app;
    }

    [Fact]
    public async Task On_sqlite_the_epgu_publication_is_scheduled_nightly_in_a_hangfire_file_of_its_own()
    {
        await using var app = Portal();

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == EpguPublicationJob.JobId);
        Assert.Equal("0 2 * * *", job.Cron);
        Assert.Equal(RegionTime.ZoneId, job.TimeZoneId);
        Assert.Equal(nameof(EpguPublicationJob.RunAsync), job.Job.Method.Name);
        Assert.True(File.Exists(Path.Combine(_root, "App_Data", "hangfire.db")));
    }

    [Fact]
    public async Task The_schedule_comes_from_the_settings_and_a_bad_one_is_refused_in_russian()
    {
        await using (var app = Portal(("Epgu:Schedule", "30 1 * * 1-6")))
        {
            using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
            Assert.Equal("30 1 * * 1-6", connection.GetRecurringJobs().Single(j => j.Id == EpguPublicationJob.JobId).Cron);
        }

        var refused = Assert.Throws<InvalidOperationException>(() => Portal(("Epgu:Schedule", "каждую ночь")));
        Assert.StartsWith("Epgu:Schedule = «каждую ночь» — не выражение cron", refused.Message);
    }

    [Fact]
    public async Task The_camp_payment_deadlines_run_every_fifteen_minutes_unless_the_settings_say_otherwise()
    {
        await using (var app = Portal())
        {
            using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
            var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == CampDeadlineJob.JobId);
            Assert.Equal(("*/15 * * * *", RegionTime.ZoneId, nameof(CampDeadlineJob.RunAsync)), (job.Cron, job.TimeZoneId, job.Job.Method.Name));
        }
        await using (var app = Portal(("Camps:DeadlineSchedule", "*/5 * * * *")))
        {
            using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
            Assert.Equal("*/5 * * * *", connection.GetRecurringJobs().Single(j => j.Id == CampDeadlineJob.JobId).Cron);
        }

        var refused = Assert.Throws<InvalidOperationException>(() => Portal(("Camps:DeadlineSchedule", "каждые 15 минут")));
        Assert.StartsWith("Camps:DeadlineSchedule = «каждые 15 минут» — не выражение cron", refused.Message);
    }

    [Fact]
    public async Task With_jobs_switched_off_there_is_no_hangfire_at_all()
    {
        await using var app = Portal(("Jobs:Enabled", "false"));

        Assert.Null(app.Services.GetService<JobStorage>());
        Assert.Null(app.Services.GetService<IRecurringJobManager>());
        Assert.False(Directory.Exists(Path.Combine(_root, "App_Data")));
    }

    [Fact]
    public async Task Switching_the_publication_off_removes_its_schedule()
    {
        await using (Portal())
        {
        }

        await using var app = Portal(("Epgu:Enabled", "false"));

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == EpguPublicationJob.JobId);
    }

    [Fact]
    public void The_dashboard_is_for_region_operators_only()
    {
        Assert.True(RegionOperatorDashboardFilter.Allows(User(Role.RegionOperator)));
        Assert.False(RegionOperatorDashboardFilter.Allows(User(Role.SchoolAdmin)));
        Assert.False(RegionOperatorDashboardFilter.Allows(User(Role.MunicipalOperator)));
        Assert.False(RegionOperatorDashboardFilter.Allows(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void An_unknown_gateway_is_refused_with_the_setting_to_fix()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Epgu:Gateway", "Smev4")]).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddEpguPublication(configuration, _root));

        Assert.StartsWith("Epgu:Gateway = «Smev4» — такого шлюза ЕПГУ нет", refused.Message);
    }

    private static ClaimsPrincipal User(Role role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "user"), new Claim(ClaimTypes.Role, role.ToString())], "Cookies"));
}
