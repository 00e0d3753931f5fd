using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One page of «Заявления»: the rows, how many match the filter, and the counts per status (of the filter without its status).</summary>
public sealed record ApplicationListPage(IReadOnlyList<ApplicationRow> Rows, int Total, IReadOnlyDictionary<ApplicationStatus, int> CountsByStatus)
{
    public int Count(ApplicationStatus status) => CountsByStatus.GetValueOrDefault(status);
}
