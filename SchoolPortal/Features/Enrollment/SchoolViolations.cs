namespace SchoolPortal.Features.Enrollment;

/// <summary>A school's violations: the counts and the rows behind them.</summary>
public sealed record SchoolViolations(int SchoolId, string SchoolName, ViolationCounts Counts, IReadOnlyList<ViolationRow> Rows);
