using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// The portal's own instruments, on one Meter named <see cref="MeterName"/>; other parts add meters named
/// «SchoolPortal.*» (the cache: «SchoolPortal.Cache»), and the exporter takes them all. Tags carry only fixed words and job
/// names: never a person, a school or anything typed by a user.
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "SchoolPortal";

    private readonly UpDownCounter<long> _openCircuits;
    private readonly Counter<long> _markSaves;
    private readonly Histogram<double> _jobDuration;

    public PortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _openCircuits = meter.CreateUpDownCounter<long>("schoolportal.circuits.open", "{circuit}",
            "Blazor circuits open on this node (each open interactive page, the journal above all).");
        _markSaves = meter.CreateCounter<long>("schoolportal.journal.mark_saves", "{save}",
            "Saves of journal cells and final marks, by kind (cell, final) and outcome (saved, refused, conflict).");
        _jobDuration = meter.CreateHistogram<double>("schoolportal.jobs.duration", "s",
            "How long a Hangfire job ran on this node, by job (class and method) and outcome (succeeded, failed).");
    }

    public void CircuitOpened() => _openCircuits.Add(1);

    public void CircuitClosed() => _openCircuits.Add(-1);

    /// <summary>One save of the journal: <paramref name="kind"/> is «cell» or «final».</summary>
    public void MarkSave(string kind, string outcome) =>
        _markSaves.Add(1, new TagList { { "kind", kind }, { "outcome", outcome } });

    public void JobRan(string job, bool succeeded, TimeSpan duration) =>
        _jobDuration.Record(duration.TotalSeconds, new TagList { { "job", job }, { "outcome", succeeded ? "succeeded" : "failed" } });
}
