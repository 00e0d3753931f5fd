namespace SchoolPortal.Domain.Operations;

/// <summary>
/// One run of the harmless probe job (<c>Jobs:ProbeSchedule</c>): which Hangfire job ran, for which scheduled time, on which
/// node. With several nodes on one job storage, every scheduled time must appear once: a second row for the same time or
/// the same job means a recurring job ran twice.
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
