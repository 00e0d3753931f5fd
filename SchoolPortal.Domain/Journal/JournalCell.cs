using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Journal;

/// <summary>
/// One cell of the class journal: a pupil at a lesson, with marks and attendance. <see cref="Version"/> grows with every
/// change; a save names the version it started from, so a second teacher's stale edit is refused (<see cref="EditConflictException"/>).
/// </summary>
public sealed class JournalCell : ISchoolScoped, IAudited
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int LessonId { get; private set; }
    public int PupilId { get; private set; }
    public MarkList Marks { get; private set; } = MarkList.Empty;
    public AttendanceCode? Attendance { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public string ChangedBy { get; private set; } = "";

    private JournalCell()
    {
    }

    public JournalCell(int schoolId, int lessonId, int pupilId)
    {
        SchoolId = schoolId;
        LessonId = lessonId;
        PupilId = pupilId;
    }

    public CellContent Content => new(Marks, Attendance);

    /// <param name="expectedVersion">The version the editor saw (0 for a cell that was empty and never saved).</param>
    public void Change(CellContent content, int expectedVersion, string by, DateTimeOffset at)
    {
        if (expectedVersion != Version)
            throw new EditConflictException(Content.Text, Version, ChangedBy, ChangedAt);
        Marks = content.Marks;
        Attendance = content.Attendance;
        Version++;
        ChangedBy = by;
        ChangedAt = at;
    }
}
