using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Hangfire.Storage.SQLite.Entities;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// The SQLite job queue with a fetch that holds across processes. Hangfire.Storage.SQLite 0.4.3 reads a waiting job and then
/// marks it fetched by its id, guarded only by a lock inside its own process: two nodes on one job file could both take the
/// same job. Here the mark is a conditional update (the row still carries the fetch time that was read), and only the worker
/// whose update changed the row runs the job; the other looks for the next one. Enqueueing is the package's own.
/// </summary>
public sealed class ClaimingSqliteJobQueue(HangfireDbContext context, SQLiteStorageOptions options) : IPersistentJobQueue
{
    /// <summary>A few candidates per look: a worker that loses one claim tries the next instead of waiting for the next poll.</summary>
    private const int Candidates = 5;

    public void Enqueue(string queue, string jobId) => new SQLiteJobQueue(context, options).Enqueue(queue, jobId);

    public IFetchedJob Dequeue(string[] queues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        if (queues.Length == 0)
            throw new ArgumentException("Queue array must be non-empty.", nameof(queues));
        var mapping = context.Database.GetMapping<JobQueue>();
        var claim = $"UPDATE \"{mapping.TableName}\" SET \"{Column(mapping, nameof(JobQueue.FetchedAt))}\" = ? " +
            $"WHERE \"{Column(mapping, nameof(JobQueue.Id))}\" = ? AND \"{Column(mapping, nameof(JobQueue.FetchedAt))}\" = ?";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var queue in queues)
            {
                // Never fetched (the package marks that with DateTime.MinValue), or fetched by a worker gone longer than the timeout.
                var invisibleBefore = DateTime.UtcNow - options.InvisibilityTimeout;
                var waiting = context.JobQueueRepository
                    .Where(q => q.Queue == queue && (q.FetchedAt == DateTime.MinValue || q.FetchedAt < invisibleBefore))
                    .OrderBy(q => q.Id)
                    .Take(Candidates)
                    .ToList();
                foreach (var job in waiting)
                {
                    if (context.Database.Execute(claim, DateTime.UtcNow, job.Id, job.FetchedAt) == 1)
                        return new SQLiteFetchedJob(context, job.Id, job.JobId, job.Queue);
                }
            }
            cancellationToken.WaitHandle.WaitOne(options.QueuePollInterval);
        }
    }

    private static string Column(SQLite.TableMapping mapping, string property) => mapping.FindColumnWithPropertyName(property).Name;
}
