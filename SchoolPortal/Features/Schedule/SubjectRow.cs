using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

/// <summary>A subject in the list, with whether the workload, the timetable or lessons use it (then it cannot be deleted).</summary>
public sealed record SubjectRow(int Id, string Name, GradingScale Grading, bool InUse)
{
    public string GradingName => GradingScaleNames.Russian(Grading);
}
