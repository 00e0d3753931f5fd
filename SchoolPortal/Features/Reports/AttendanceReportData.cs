using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>The attendance report of one class or all classes of the school for a range of dates.</summary>
/// <param name="Scope">«5А» or «все классы».</param>
/// <param name="CountedTo">The last day counted: lessons after today have not been held yet.</param>
public sealed record AttendanceReportData(string School, string Scope, DateOnly From, DateOnly To, DateOnly CountedTo, DateOnly MadeOn,
    IReadOnlyList<AttendanceClass> Classes)
{
    public AttendanceCounts Total => AttendanceCounts.Sum(Classes.Select(c => c.Total));

    public bool IsEmpty => Classes.All(c => c.Pupils.Count == 0);

    public string RangeText => $"{CardCalendar.Format(From)}–{CardCalendar.Format(To)}";

    public string FileName => ReportFile.SafeName($"Посещаемость {Scope} {RangeText}.xlsx");
}
