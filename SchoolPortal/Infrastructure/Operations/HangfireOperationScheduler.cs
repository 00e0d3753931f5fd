using Hangfire;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>Long operations as Hangfire jobs: they outlive the page, the circuit and a restart of the node that took them.</summary>
internal sealed class HangfireOperationScheduler(IBackgroundJobClient jobs) : IOperationScheduler
{
    public void Schedule(Guid operationId) => jobs.Enqueue<LongOperationRunner>(runner => runner.RunAsync(operationId, CancellationToken.None));

    public bool IsDurable => true;
}
