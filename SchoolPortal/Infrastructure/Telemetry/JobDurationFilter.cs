using System.Diagnostics;
using Hangfire.Server;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// Records how long each Hangfire job ran on this node, named by its class and method (never by its arguments, which may
/// name a pupil or an operation).
/// </summary>
public sealed class JobDurationFilter(PortalMetrics metrics) : IServerFilter
{
    private const string StartedKey = "SchoolPortal.Telemetry.Started";

    public void OnPerforming(PerformingContext context) => context.Items[StartedKey] = Stopwatch.GetTimestamp();

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
            metrics.JobRan(JobName(context), context.Exception is null || context.ExceptionHandled, Stopwatch.GetElapsedTime(timestamp));
    }

    public static string JobName(PerformContext context) =>
        context.BackgroundJob.Job is { } job ? $"{job.Type.Name}.{job.Method.Name}" : "unknown";
}
