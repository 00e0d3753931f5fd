namespace SchoolPortal.Domain.Operations;

/// <summary>Where a long operation is: waiting for a worker, running, done, or stopped by an error.</summary>
public enum OperationState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
