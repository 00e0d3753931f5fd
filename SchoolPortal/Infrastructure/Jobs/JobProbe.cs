using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// A harmless recurring job, off unless <c>Jobs:ProbeSchedule</c> is set: each run writes one <see cref="JobProbeRun"/> (the
/// Hangfire job, the time the recurring-job scheduler triggered it, the node that ran it). It shows that several nodes on one
/// job storage run a recurring job once per schedule: the cluster test sets a schedule of seconds and counts the rows per tick.
/// </summary>
public sealed class JobProbe(IDbContextFactory<PortalDbContext> factory, JobsOptions options, TimeProvider clock)
{
    public const string JobId = "job-probe";

    /// <summary>Hangfire's parameter on a job made from a recurring job: when its scheduler triggered it, in Unix seconds (at or after the tick).</summary>
    private const string ScheduledTimeParameter = "Time";

    public async Task RunAsync(PerformContext? context, CancellationToken ct)
    {
        var jobId = context?.BackgroundJob.Id ?? "";
        var created = new DateTimeOffset(context?.BackgroundJob.CreatedAt ?? clock.GetUtcNow().UtcDateTime, TimeSpan.Zero);
        var scheduled = context?.GetJobParameter<long?>(ScheduledTimeParameter) is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : created;
        // System scope: a job acts for no user; the row belongs to no school.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        db.JobProbeRuns.Add(new JobProbeRun(jobId, scheduled, clock.GetUtcNow(), options.NodeName));
        await db.SaveChangesAsync(ct);
    }
}
