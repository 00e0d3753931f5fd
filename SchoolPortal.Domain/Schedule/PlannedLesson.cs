namespace SchoolPortal.Domain.Schedule;

/// <summary>A lesson the timetable asks for: the slot (class, date, number, group) and what is taught in it.</summary>
public sealed record PlannedLesson(int ClassId, int StudyPeriodId, DateOnly Date, int Number, int? Group, int SubjectId, int TeacherId,
    string? Room, int? TimetableEntryId)
{
    public (int ClassId, DateOnly Date, int Number, int? Group) Slot => (ClassId, Date, Number, Group);
}
