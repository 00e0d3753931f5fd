using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>Both nodes run Hangfire servers on the shared storage; a recurring job runs once per schedule, not once per node.</summary>
[Collection(ClusterCollection.Name)]
public sealed class JobsAcrossNodesTests(ClusterFixture cluster)
{
    /// <summary>The probe's schedule in the cluster (<c>*/20 * * * * *</c>, ClusterFixture).</summary>
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(20);

    [ClusterFact]
    public async Task A_recurring_job_runs_exactly_once_per_schedule_across_both_nodes()
    {
        // Four ticks of the 20-second probe after both nodes were up (the other cluster tests usually take that long). On a
        // machine busy with the rest of the run Hangfire's scheduler polls late and a tick can be run late or skipped (its
        // misfire rule runs a missed tick once, never twice), so up to eight periods are waited for.
        var until = cluster.StartedAt + TimeSpan.FromSeconds(160);
        List<(DateTimeOffset ScheduledAt, string Node)> runs;
        do
        {
            runs = await RunsAsync();
            if (runs.Count(r => r.ScheduledAt > cluster.StartedAt) >= 4)
                break;
            await Task.Delay(2_000);
        }
        while (DateTimeOffset.UtcNow < until);

        var sinceStart = runs.Where(r => r.ScheduledAt > cluster.StartedAt).ToList();
        Assert.True(sinceStart.Count >= 4, $"За {DateTimeOffset.UtcNow - cluster.StartedAt:mm\\:ss} пробная задача выполнилась {sinceStart.Count} раз(а).");
        // Hangfire records when its scheduler triggered a run: a tick triggered late can come seconds before the next one,
        // triggered on time. So runs are counted per tick they ran for; a tick run on both nodes would have two.
        Assert.All(sinceStart.GroupBy(r => ProbeTicks.Of(r.ScheduledAt, Period)), tick => Assert.True(tick.Count() == 1,
            $"Задача выполнилась {tick.Count()} раз(а) за отметку {tick.Key:O}: {string.Join(", ", tick.Select(r => $"{r.ScheduledAt:O} на {r.Node}"))}"));
    }

    private async Task<List<(DateTimeOffset, string)>> RunsAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite($"Data Source={cluster.DatabasePath};Pooling=False").Options).UseScope(AccessScope.System, AuditActor.System);
        var rows = await db.JobProbeRuns.AsNoTracking().Select(r => new { r.ScheduledAt, r.Node }).ToListAsync();
        return rows.Select(r => (r.ScheduledAt, r.Node)).ToList();
    }
}
