using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SchoolPortal.Integrations.Epgu;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Integrations.GirVu;

namespace SchoolPortal.Infrastructure.Health;

/// <summary>
/// The two probes of a node. <see cref="LivePath"/> says the process answers and checks nothing else, so an orchestrator
/// restarts a node only when the process itself hangs. <see cref="ReadyPath"/> says the node can serve: the database answers,
/// Redis answers when <c>Cache:Redis</c> is set, and the exchange folders the portal writes are writable; nginx or the
/// orchestrator takes a node that answers 503 out of rotation. Both are anonymous and tell only a status per check name.
/// </summary>
public static class PortalHealth
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>Checks tagged so run for <see cref="ReadyPath"/>; <see cref="LivePath"/> runs none.</summary>
    public const string ReadyTag = "ready";

    public const string DatabaseCheck = "database";
    public const string RedisCheck = "redis";
    public const string EpguOutboxCheck = "epgu-outbox";
    public const string EpguEnrollmentCheck = "epgu-enrollment-folders";
    public const string GirVuCheck = "girvu-folders";

    /// <summary>A probe waits at most this long for one check: a hung database must not hang the prober too.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddPortalHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseCheck, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        // The same setting the cache reads: without it the node has no Redis to depend on.
        if (configuration["Cache:Redis"] is { Length: > 0 } redis)
            checks.AddRedis(redis, RedisCheck, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        // The folders are read from the registered services: they are resolved the way the gateways resolve them.
        checks.Add(Folders(EpguOutboxCheck, sp => sp.GetService<IEpguGateway>() is OutboxEpguGateway outbox ? [outbox.OutboxPath] : []));
        checks.Add(Folders(EpguEnrollmentCheck, sp => sp.GetService<EpguEnrollmentFolders>() is { } f ? [f.Inbox, f.Processed, f.Rejected, f.Outbox] : []));
        checks.Add(Folders(GirVuCheck, sp => sp.GetService<GirVuFolders>() is { } f ? [f.Outbox, f.Inbox, f.Archive] : []));
        return services;
    }

    /// <summary>Answers both probes ahead of everything else in the pipeline (see <c>PortalObservability</c>).</summary>
    public static IApplicationBuilder UsePortalHealthProbes(this IApplicationBuilder app)
    {
        app.UseHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }

    private static HealthCheckRegistration Folders(string name, Func<IServiceProvider, IReadOnlyList<string>> folders) =>
        new(name, sp => new WritableFoldersHealthCheck(folders(sp)), HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
}
