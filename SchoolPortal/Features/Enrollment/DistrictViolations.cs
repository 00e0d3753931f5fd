namespace SchoolPortal.Features.Enrollment;

/// <summary>A district's violations: the counts and its schools with violations, most violations first.</summary>
public sealed record DistrictViolations(int DistrictId, string DistrictName, ViolationCounts Counts, IReadOnlyList<SchoolViolations> Schools)
{
    public IEnumerable<ViolationRow> Rows => Schools.SelectMany(s => s.Rows);
}
