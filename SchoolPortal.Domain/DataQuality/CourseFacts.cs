namespace SchoolPortal.Domain.DataQuality;

/// <summary>A class's subject in a closed study period, with whether final marks were given for it.</summary>
public sealed class CourseFacts
{
    public int SchoolId { get; init; }
    public int ClassId { get; init; }
    public int SubjectId { get; init; }
    public int StudyPeriodId { get; init; }
    public bool HasFinalMarks { get; init; }
}
