namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// Which tick of an every-N-seconds probe schedule a <see cref="SchoolPortal.Domain.Operations.JobProbeRun"/> ran for.
/// Hangfire records the moment its scheduler triggered the run, not the tick: a scheduler polling late triggers the tick
/// at :40 at :54, and the next one on time at :00, six seconds later. Each trigger covers every tick since the last one
/// (its default «relaxed» misfire rule), so the latest tick at or before the trigger names it: two runs naming one tick
/// mean the job ran twice for it.
/// </summary>
public static class ProbeTicks
{
    /// <summary>The latest tick at or before <paramref name="triggeredAt"/> of a schedule every <paramref name="period"/>, counted from the minute (cron's <c>*/N</c> seconds).</summary>
    public static DateTimeOffset Of(DateTimeOffset triggeredAt, TimeSpan period)
    {
        var sinceMinute = triggeredAt.Ticks % TimeSpan.TicksPerMinute;
        return triggeredAt - TimeSpan.FromTicks(sinceMinute % period.Ticks);
    }
}
