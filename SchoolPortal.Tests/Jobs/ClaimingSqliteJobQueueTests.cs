using System.Collections.Concurrent;
using Hangfire.Storage.SQLite;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Tests.Jobs;

/// <summary>
/// Two nodes' workers, each on its own storage object and connection to one job file, take jobs from the queue at once:
/// each job is taken by exactly one worker. Nothing in memory is shared between the two storages, as between processes.
/// </summary>
[Collection(HangfireServersCollection.Name)]
public sealed class ClaimingSqliteJobQueueTests : IDisposable
{
    private readonly string _jobFile = Path.Combine(Path.GetTempPath(), $"schoolportal-queue-{Guid.NewGuid():N}.db");

    public ClaimingSqliteJobQueueTests() => HangfireServersCollection.ResetLogging();

    [Fact]
    public async Task Workers_of_two_nodes_on_one_job_file_never_take_the_same_job()
    {
        using var nodeA = PortalJobs.SqliteStorage(_jobFile);
        using var nodeB = PortalJobs.SqliteStorage(_jobFile);
        using (var enqueue = nodeA.CreateAndOpenConnection())
        {
            var queue = new ClaimingSqliteJobQueue(enqueue, new SQLiteStorageOptions());
            for (var job = 1; job <= 60; job++)
                queue.Enqueue(PortalJobs.Queue, job.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var taken = new ConcurrentBag<string>();

        await Task.WhenAll(new[] { nodeA, nodeA, nodeB, nodeB }.Select(storage => Task.Run(() => TakeAll(storage, taken))));

        Assert.Equal(60, taken.Count);
        Assert.Equal(60, taken.Distinct().Count());
    }

    /// <summary>A worker: takes jobs until the queue has been empty for a second, and removes each one it took.</summary>
    private static void TakeAll(SQLiteStorage storage, ConcurrentBag<string> taken)
    {
        using var context = storage.CreateAndOpenConnection();
        var queue = new ClaimingSqliteJobQueue(context, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(100) });
        while (true)
        {
            using var idle = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                using var job = queue.Dequeue([PortalJobs.Queue], idle.Token);
                taken.Add(job.JobId);
                job.RemoveFromQueue();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_jobFile + suffix);
    }
}
