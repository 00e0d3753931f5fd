using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Journal;

/// <summary>An итоговая отметка: for a study period, or for the year when <see cref="StudyPeriodId"/> is null.</summary>
public sealed class FinalMark : ISchoolScoped, IAudited
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int AcademicYearId { get; private set; }
    public int ClassId { get; private set; }
    public int SubjectId { get; private set; }
    public int PupilId { get; private set; }
    public int? StudyPeriodId { get; private set; }
    public MarkValue? Value { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public string ChangedBy { get; private set; } = "";

    private FinalMark()
    {
    }

    public FinalMark(int schoolId, int academicYearId, int classId, int subjectId, int pupilId, int? studyPeriodId)
    {
        SchoolId = schoolId;
        AcademicYearId = academicYearId;
        ClassId = classId;
        SubjectId = subjectId;
        PupilId = pupilId;
        StudyPeriodId = studyPeriodId;
    }

    public void Change(MarkValue? value, int expectedVersion, string by, DateTimeOffset at)
    {
        if (expectedVersion != Version)
            throw new EditConflictException(Value?.ToString() ?? "", Version, ChangedBy, ChangedAt);
        Value = value;
        Version++;
        ChangedBy = by;
        ChangedAt = at;
    }
}
