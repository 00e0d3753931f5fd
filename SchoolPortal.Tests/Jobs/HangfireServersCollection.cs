namespace SchoolPortal.Tests.Jobs;

/// <summary>
/// Tests that run Hangfire's own servers and queues outside a portal host. Hangfire logs through one process-wide provider,
/// which a portal host started by another test sets and leaves behind disposed: these tests reset it, so they run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireServersCollection
{
    public const string Name = "Hangfire servers";

    /// <summary>Hangfire back to its default (no logging) before a test builds servers or storages of its own.</summary>
    public static void ResetLogging() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
}
