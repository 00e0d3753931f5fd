namespace SchoolPortal.Domain.DataQuality;

/// <summary>What a rule checks one of: it decides the card a failing record links to.</summary>
public enum QualityRecordKind
{
    School = 1,
    Pupil = 2,
    Parent = 3,
    Employee = 4,
    Lesson = 5,
    Course = 6,
    SchoolActivity = 7,
}
