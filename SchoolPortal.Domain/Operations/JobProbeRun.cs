namespace SchoolPortal.Domain.Operations;

/// <summary>
/// One run of the harmless probe job (<c>Jobs:ProbeSchedule</c>): which Hangfire job ran, when the recurring-job scheduler
/// triggered it (<see cref="ScheduledAt"/>: at or after the tick it runs for, later when the scheduler polled late), on which
/// node. With several nodes on one job storage, every tick must be covered by one run: two runs after one tick and before
/// the next, or two rows of one job, mean a recurring job ran twice.
/// </summary>
public sealed class JobProbeRun
{
    public long Id { get; private set; }
    public string JobId { get; private set; } = "";
    public DateTimeOffset ScheduledAt { get; private set; }
    public DateTimeOffset RanAt { get; private set; }
    public string Node { get; private set; } = "";

    private JobProbeRun()
    {
    }

    public JobProbeRun(string jobId, DateTimeOffset scheduledAt, DateTimeOffset ranAt, string node)
    {
        JobId = jobId;
        ScheduledAt = scheduledAt;
        RanAt = ranAt;
        Node = node;
    }
}
