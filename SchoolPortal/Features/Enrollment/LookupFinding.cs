namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// One application the look-up found: its card (school, status history, EPGU messages), what the school may do with it now,
/// what stops a change the school may have tried, and, for a search by EPGU number and date, a date that does not match.
/// </summary>
public sealed record LookupFinding(ApplicationCard Card, IReadOnlyList<string> AllowedNow, IReadOnlyList<string> Blocks, string? DateMismatch);
