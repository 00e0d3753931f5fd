namespace SchoolPortal.Domain.DataQuality;

/// <summary>An employee's maternity-leave flag beside the last date the timetable gives them a lesson.</summary>
public sealed class StaffLeave
{
    public int EmployeeId { get; init; }
    public int SchoolId { get; init; }
    public bool OnMaternityLeave { get; init; }
    public DateOnly? LastLessonOn { get; init; }
}
