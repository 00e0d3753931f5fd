namespace SchoolPortal.Features.Schedule;

/// <summary>A line of the workload: in a class, a subject (or one group of it) is taught by a teacher so many hours a week.</summary>
public sealed record WorkloadRow(int Id, int ClassId, string ClassName, int SubjectId, string SubjectName, int TeacherId, string TeacherName,
    decimal HoursPerWeek, int? Group)
{
    public string GroupName => Group is { } g ? $"группа {g}" : "весь класс";
}
