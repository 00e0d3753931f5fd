namespace SchoolPortal.Features.Enrollment;

/// <summary>The leavers found (only what is needed to pick the child), or why the search was not run.</summary>
public sealed record LeaverSearchResult(IReadOnlyList<ChildInRegion> Rows, string? Refusal = null);
