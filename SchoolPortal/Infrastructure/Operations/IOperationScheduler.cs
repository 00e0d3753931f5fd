namespace SchoolPortal.Infrastructure.Operations;

/// <summary>Hands a stored long operation to a worker: Hangfire when jobs are on, a queue in this process otherwise.</summary>
public interface IOperationScheduler
{
    void Schedule(Guid operationId);

    /// <summary>True when a scheduled operation survives a restart of this process (Hangfire's storage); the in-process queue does not.</summary>
    bool IsDurable => false;
}
