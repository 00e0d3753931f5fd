namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Соблюдение Порядка приема» of one campaign in the user's scope: the campaign's computed dates, the stale threshold, the
/// counts per kind and the districts with their schools and rows.
/// </summary>
public sealed record ViolationReport(int Year, DateOnly FirstStageEnd, DateOnly DirectingAllowedFrom, DateOnly OrderDeadline, int OrderWorkingDays,
    int StaleWorkingDays, DateOnly Today, int ApplicationsChecked, ViolationCounts Counts, IReadOnlyList<DistrictViolations> Districts)
{
    public IEnumerable<ViolationRow> Rows => Districts.SelectMany(d => d.Rows);
}
