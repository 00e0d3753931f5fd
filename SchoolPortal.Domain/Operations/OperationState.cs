namespace SchoolPortal.Domain.Operations;

/// <summary>Where a long operation is: waiting for a worker, running, done, stopped by an error, or given up by its user.</summary>
public enum OperationState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>A failed or interrupted operation the user chose «Отменить» for: finished, not run again.</summary>
    Cancelled = 4,
}
