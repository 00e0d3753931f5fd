using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Cluster;

/// <summary>Both nodes run Hangfire servers on the shared storage; a recurring job runs once per schedule, not once per node.</summary>
[Collection(ClusterCollection.Name)]
public sealed class JobsAcrossNodesTests(ClusterFixture cluster)
{
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

        var ticks = runs.Where(r => r.ScheduledAt > cluster.StartedAt).ToList();
        Assert.True(ticks.Count >= 4, $"За {DateTimeOffset.UtcNow - cluster.StartedAt:mm\\:ss} пробная задача выполнилась {ticks.Count} раз(а).");
        Assert.Equal(ticks.Count, ticks.Select(r => r.ScheduledAt).Distinct().Count());
        // Two runs of one tick (one per node) would come seconds apart; runs of successive ticks are a period apart.
        var times = ticks.Select(r => r.ScheduledAt).Order().ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(10),
            $"Два запуска за {(pair.Second - pair.First).TotalSeconds:0} с: {pair.First:O}, {pair.Second:O}"));
    }

    private async Task<List<(DateTimeOffset, string)>> RunsAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite($"Data Source={cluster.DatabasePath};Pooling=False").Options).UseScope(AccessScope.System, AuditActor.System);
        var rows = await db.JobProbeRuns.AsNoTracking().Select(r => new { r.ScheduledAt, r.Node }).ToListAsync();
        return rows.Select(r => (r.ScheduledAt, r.Node)).ToList();
    }
}
