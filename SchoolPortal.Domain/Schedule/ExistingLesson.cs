namespace SchoolPortal.Domain.Schedule;

/// <summary>A lesson already in the database, as a timetable change sees it: its slot, what it teaches, and whether it carries records.</summary>
public sealed record ExistingLesson(int Id, int ClassId, DateOnly Date, int Number, int? Group, int SubjectId, int TeacherId, string? Room,
    int? TimetableEntryId, bool HasRecords)
{
    public (int ClassId, DateOnly Date, int Number, int? Group) Slot => (ClassId, Date, Number, Group);
}
