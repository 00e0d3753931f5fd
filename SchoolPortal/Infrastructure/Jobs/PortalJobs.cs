using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Integrations.Epgu;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Features.Enrollment.Epgu;
using SchoolPortal.Integrations.GirVu;
using SchoolPortal.Infrastructure.Telemetry;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// The portal's background jobs on Hangfire: its storage follows the portal's database (a SQLite file of its own beside the
/// embedded database, or the portal's SQL Server database, where several nodes share it), the recurring jobs and their
/// schedules, and the dashboard at <see cref="DashboardPath"/> for region operators. Jobs are thin: they call feature
/// services and are idempotent (running one twice gives the same result).
/// </summary>
public static class PortalJobs
{
    public const string DashboardPath = "/jobs";

    /// <summary>How long a job taken by a worker stays hidden from the others in the SQLite storage.</summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<JobsOptions>>().Value);
        // Read here too: whether Hangfire and which storage are registered is decided before the container is built.
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (!options.Enabled)
            return services;
        // The storage follows the database provider, chosen before the container is built.
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var sqlitePath = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath);
        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // Job durations for the metrics (Infrastructure/Telemetry), when they are registered.
            if (sp.GetService<JobDurationFilter>() is { } durations)
                hangfire.UseFilter(durations);
            if (database.IsSqlServer)
            {
                if (string.IsNullOrWhiteSpace(database.SqlServer))
                    throw new InvalidOperationException("Database:Provider = SqlServer, но строка подключения Database:SqlServer пуста: фоновым задачам негде хранить очередь.");
                hangfire.UseSqlServerStorage(database.SqlServer);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(sqlitePath)!);
                // Hangfire.Storage.SQLite takes a file path (sqlite-net), not an ADO.NET connection string.
                // A job whose worker died is handed out again after the invisibility timeout: minutes, not the default 30.
                // A long operation still running past it is not run twice: LongOperationRunner claims it by its heartbeat.
                hangfire.UseStorage(SqliteStorage(sqlitePath));
            }
        });
        // Every node runs a server on the shared storage; recurring jobs are enqueued under Hangfire's distributed lock.
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = Math.Max(1, options.WorkerCount);
            server.ServerName = options.NodeName;
            // One queue: the claiming fetch serves it, and Hangfire.Storage.SQLite refuses a server whose queues mix providers.
            server.Queues = [Queue];
        });
        services.AddScoped<JobProbe>();
        return services;
    }

    /// <summary>The queue every portal job goes to; the only one the servers listen to.</summary>
    public const string Queue = "default";

    /// <summary>
    /// The embedded job storage: Hangfire.Storage.SQLite on one file, with <see cref="ClaimingSqliteJobQueue"/> for the
    /// portal's queue, so several nodes on one machine and one file run each job once.
    /// </summary>
    public static SQLiteStorage SqliteStorage(string path)
    {
        var options = new SQLiteStorageOptions { InvisibilityTimeout = InvisibilityTimeout };
        var storage = new SQLiteStorage(path, options);
        storage.QueueProviders.Add(new ClaimingSqliteJobQueueProvider(options), [Queue]);
        return storage;
    }

    /// <summary>Schedules the recurring jobs (<see cref="EpguPublicationJob.JobId"/> at <c>Epgu:Schedule</c>, <see cref="GirVuAnswers.JobId"/> at <c>GirVu:ResponsesSchedule</c>, <see cref="CampDeadlineJob.JobId"/> at <c>Camps:DeadlineSchedule</c>, ...) and maps the dashboard.</summary>
    public static WebApplication UsePortalJobs(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<JobsOptions>().Enabled)
            return app;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalJobs));
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var zone = RegionTime.Zone(log);

        var epgu = app.Services.GetRequiredService<EpguOptions>();
        if (epgu.Enabled)
            Schedule(() => recurring.AddOrUpdate<EpguPublicationJob>(EpguPublicationJob.JobId, job => job.RunAsync(CancellationToken.None),
                epgu.Schedule, new RecurringJobOptions { TimeZone = zone }), "Epgu:Schedule", epgu.Schedule);
        else
            recurring.RemoveIfExists(EpguPublicationJob.JobId);
        var girVu = app.Configuration.GetSection(GirVuOptions.Section).Get<GirVuOptions>() ?? new GirVuOptions();
        Schedule(() => recurring.AddOrUpdate<GirVuAnswers>(GirVuAnswers.JobId, job => job.RunAsync(CancellationToken.None),
            girVu.ResponsesSchedule, new RecurringJobOptions { TimeZone = zone }), "GirVu:ResponsesSchedule", girVu.ResponsesSchedule);

        var intake = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EpguEnrollmentOptions>>().Value;
        Schedule(() => recurring.AddOrUpdate<EpguIntakeRunner>(EpguIntakeRunner.JobId, job => job.RunAsync(CancellationToken.None),
            intake.IntakeSchedule, new RecurringJobOptions { TimeZone = zone }), "EpguEnrollment:IntakeSchedule", intake.IntakeSchedule);

        var quality = app.Configuration.GetSection(QualityOptions.Section).Get<QualityOptions>() ?? new QualityOptions();
        Schedule(() => recurring.AddOrUpdate<QualityScoresJob>(QualityScoresJob.JobId, job => job.RunAsync(CancellationToken.None),
            quality.Schedule, new RecurringJobOptions { TimeZone = zone }), "Quality:Schedule", quality.Schedule);

        var camps = app.Services.GetRequiredService<IOptions<CampOptions>>().Value;
        Schedule(() => recurring.AddOrUpdate<CampDeadlineJob>(CampDeadlineJob.JobId, job => job.RunAsync(CancellationToken.None),
            camps.DeadlineSchedule, new RecurringJobOptions { TimeZone = zone }), "Camps:DeadlineSchedule", camps.DeadlineSchedule);

        var jobs = app.Services.GetRequiredService<JobsOptions>();
        if (string.IsNullOrWhiteSpace(jobs.ProbeSchedule))
            recurring.RemoveIfExists(JobProbe.JobId);
        else
            Schedule(() => recurring.AddOrUpdate<JobProbe>(JobProbe.JobId, job => job.RunAsync(null, CancellationToken.None),
                jobs.ProbeSchedule.Trim(), new RecurringJobOptions { TimeZone = zone }), "Jobs:ProbeSchedule", jobs.ProbeSchedule);

        // The dashboard speaks the request's culture, ru-RU for every request (RussianCulture, before this in the pipeline):
        // Hangfire.Core ships Russian resources (the «ru» satellite).
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
            {
                Authorization = [new RegionOperatorDashboardFilter()],
                DashboardTitle = "SchoolPortal: фоновые задачи",
                AppPath = "/",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(policy => policy.RequireRole(nameof(Role.RegionOperator)));
        return app;
    }

    private static void Schedule(Action add, string setting, string cron)
    {
        try
        {
            add();
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{setting} = «{cron}» — не выражение cron (например, «0 2 * * *» — каждую ночь в 02:00).", e);
        }
    }
}
