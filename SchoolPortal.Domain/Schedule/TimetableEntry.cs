using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>One line of a class's weekly timetable for a study period: on Monday, lesson 2, Математика, teacher, room 214.</summary>
public sealed class TimetableEntry : ISchoolScoped
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int ClassId { get; private set; }
    public int StudyPeriodId { get; private set; }
    public DayOfWeek Weekday { get; private set; }
    public int LessonNumber { get; private set; }
    public int SubjectId { get; private set; }
    public int TeacherId { get; private set; }
    public string? Room { get; private set; }
    public int? Group { get; private set; }

    private TimetableEntry()
    {
    }

    public TimetableEntry(int schoolId, int classId, int studyPeriodId, DayOfWeek weekday, int lessonNumber, int subjectId, int teacherId,
        string? room = null, int? group = null)
    {
        SchoolId = schoolId;
        ClassId = classId;
        StudyPeriodId = studyPeriodId;
        Change(weekday, lessonNumber, subjectId, teacherId, room, group);
    }

    public void Change(DayOfWeek weekday, int lessonNumber, int subjectId, int teacherId, string? room, int? group)
    {
        if (weekday == DayOfWeek.Sunday)
            throw new DomainException("В воскресенье уроков нет.", "weekday");
        if (lessonNumber is < 0 or > Bell.MaxLessons)
            throw new DomainException($"Номер урока: от 0 до {Bell.MaxLessons}.", "lessonNumber");
        if (subjectId <= 0)
            throw new DomainException("Укажите предмет.", "subject");
        if (teacherId <= 0)
            throw new DomainException("Укажите учителя.", "teacher");
        var trimmed = string.IsNullOrWhiteSpace(room) ? null : room.Trim();
        if (trimmed is { Length: > 20 })
            throw new DomainException("Кабинет: не длиннее 20 символов.", "room");
        if (group is < 1 or > Workload.MaxGroups)
            throw new DomainException($"Номер группы: от 1 до {Workload.MaxGroups}, или пусто для всего класса.", "group");
        Weekday = weekday;
        LessonNumber = lessonNumber;
        SubjectId = subjectId;
        TeacherId = teacherId;
        Room = trimmed;
        Group = group;
    }

    /// <summary>Two entries of one class clash when they take the same slot for the same pupils (different groups may share a slot).</summary>
    public bool ClashesWith(TimetableEntry other) =>
        IsOther(other) && other.ClassId == ClassId && other.StudyPeriodId == StudyPeriodId && other.Weekday == Weekday
        && other.LessonNumber == LessonNumber && (Group is null || other.Group is null || Group == other.Group);

    /// <summary>A teacher cannot give two lessons at once: another entry of the same period and slot with the same teacher, in any class or group.</summary>
    public bool DoubleBooksTeacherWith(TimetableEntry other) =>
        IsOther(other) && other.TeacherId == TeacherId && other.StudyPeriodId == StudyPeriodId && other.Weekday == Weekday
        && other.LessonNumber == LessonNumber;

    /// <summary>Not this entry: another object, and (once saved) another id; two unsaved entries are both id 0.</summary>
    private bool IsOther(TimetableEntry other) => !ReferenceEquals(other, this) && (Id == 0 || other.Id != Id);
}
