namespace SchoolPortal.Features.Schedule;

/// <summary>A line of a class's weekly timetable as the grid shows it.</summary>
public sealed record TimetableRow(int Id, DayOfWeek Weekday, int LessonNumber, int SubjectId, string SubjectName, int TeacherId,
    string TeacherName, string? Room, int? Group);
