using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Jobs;

/// <summary>
/// Two Hangfire servers, each with its own storage object on one SQLite job file (as two nodes of the embedded setup), run
/// the probe job every two seconds: every scheduled time is run once, by one of them. In one process: the cluster test
/// (deploy/cluster) repeats it with two portal processes.
/// </summary>
[Collection(HangfireServersCollection.Name)]
public sealed class RecurringJobOnTwoNodesTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _jobFile = Path.Combine(Path.GetTempPath(), $"schoolportal-hangfire-{Guid.NewGuid():N}.db");

    public RecurringJobOnTwoNodesTests() => HangfireServersCollection.ResetLogging();

    [Fact]
    public async Task A_recurring_job_runs_once_per_schedule_across_two_servers_on_one_job_storage()
    {
        using (var a = Server("node-a"))
        using (var b = Server("node-b"))
        {
            new RecurringJobManager(Storage()).AddOrUpdate<JobProbe>(JobProbe.JobId, p => p.RunAsync(null, CancellationToken.None), "*/2 * * * * *");
            await Task.Delay(TimeSpan.FromSeconds(16));
            a.SendStop();
            b.SendStop();
        }

        await using var db = _database.System();
        var runs = await db.JobProbeRuns.ToListAsync();
        Assert.True(runs.Count >= 4, $"only {runs.Count} runs in 16 s of a two-second schedule");
        Assert.All(runs.GroupBy(r => ProbeTicks.Of(r.ScheduledAt, TimeSpan.FromSeconds(2))), tick => Assert.Single(tick));
        Assert.All(runs.GroupBy(r => r.JobId), job => Assert.Single(job));
        Assert.All(runs, r => Assert.Contains(r.Node, new[] { "node-a", "node-b" }));
    }

    private SQLiteStorage Storage() => PortalJobs.SqliteStorage(_jobFile);

    private BackgroundJobServer Server(string node) => new(new BackgroundJobServerOptions
    {
        ServerName = node,
        WorkerCount = 2,
        Queues = [PortalJobs.Queue],
        SchedulePollingInterval = TimeSpan.FromSeconds(1),
        Activator = new ProbeActivator(new JobProbe(_database.Factory, new JobsOptions { ServerName = node }, TimeProvider.System)),
    }, Storage());

    public void Dispose()
    {
        _database.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_jobFile + suffix);
    }

    private sealed class ProbeActivator(JobProbe probe) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(JobProbe) ? probe : base.ActivateJob(jobType);
    }
}
