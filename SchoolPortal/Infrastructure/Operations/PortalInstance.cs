namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// This portal process among all nodes and restarts: written on each long operation it runs, so that another process can
/// tell an operation whose runner is gone (<see cref="Domain.Operations.LongOperation.IsAbandoned"/>) from one at work.
/// </summary>
public static class PortalInstance
{
    public static string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
