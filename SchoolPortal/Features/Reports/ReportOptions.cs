namespace SchoolPortal.Features.Reports;

/// <summary>What the report forms offer: the classes and periods of the current academic year and the school's subjects.</summary>
/// <param name="Year">«2026/2027», or null when the school has no academic year yet.</param>
/// <param name="DefaultPeriodId">The period that contains today (or the last one before it).</param>
/// <param name="DefaultClassId">For a teacher: a class of their workload; otherwise null.</param>
public sealed record ReportOptions(
    string? Year,
    IReadOnlyList<ReportOption> Classes,
    IReadOnlyList<ReportOption> Subjects,
    IReadOnlyList<PeriodOption> Periods,
    int? DefaultPeriodId,
    int? DefaultClassId,
    int? DefaultSubjectId);
