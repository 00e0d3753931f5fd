using Hangfire.Storage.SQLite;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>Hands Hangfire.Storage.SQLite the <see cref="ClaimingSqliteJobQueue"/> for the portal's queue; monitoring is the package's own.</summary>
public sealed class ClaimingSqliteJobQueueProvider(SQLiteStorageOptions options) : IPersistentJobQueueProvider
{
    public IPersistentJobQueue GetJobQueue(HangfireDbContext context) => new ClaimingSqliteJobQueue(context, options);

    public IPersistentJobQueueMonitoringApi GetJobQueueMonitoringApi(HangfireDbContext context) => new SQLiteJobQueueMonitoringApi(context);
}
