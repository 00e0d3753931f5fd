using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Jobs;

/// <summary>
/// The tests that use Hangfire in the test host: its own servers and queues, and the hosts built with the portal's jobs.
/// Hangfire logs through one process-wide provider, which a host sets and leaves behind disposed, so they run one after
/// another in this collection, and a test that builds servers of its own resets the provider first. (They used to run
/// alone after everything else: 17 s of the run on one core.)
/// </summary>
[StartsEarly(7)]
[CollectionDefinition(Name)]
public sealed class HangfireServersCollection
{
    public const string Name = "Hangfire servers";

    /// <summary>Hangfire back to its default (no logging) before a test builds servers or storages of its own.</summary>
    public static void ResetLogging() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
}
