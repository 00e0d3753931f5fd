namespace SchoolPortal.Features.Schedule;

/// <summary>A timetable line being added (Id 0) or changed; the field names are those the domain reports.</summary>
public sealed class TimetableEntryForm
{
    public const string WeekdayField = "weekday";
    public const string LessonNumberField = "lessonNumber";
    public const string SubjectField = "subject";
    public const string TeacherField = "teacher";
    public const string RoomField = "room";
    public const string GroupField = "group";

    public int Id { get; set; }
    public int ClassId { get; set; }
    public int StudyPeriodId { get; set; }
    public DayOfWeek? Weekday { get; set; }
    public int? LessonNumber { get; set; }
    public int? SubjectId { get; set; }
    public int? TeacherId { get; set; }
    public string? Room { get; set; }
    public int? Group { get; set; }

    public bool IsNew => Id == 0;

    public static TimetableEntryForm From(TimetableRow row, int classId, int periodId) => new()
    {
        Id = row.Id,
        ClassId = classId,
        StudyPeriodId = periodId,
        Weekday = row.Weekday,
        LessonNumber = row.LessonNumber,
        SubjectId = row.SubjectId,
        TeacherId = row.TeacherId,
        Room = row.Room,
        Group = row.Group,
    };
}
