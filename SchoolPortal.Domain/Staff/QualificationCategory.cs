namespace SchoolPortal.Domain.Staff;

public enum QualificationCategory
{
    None = 0,
    /// <summary>Соответствие занимаемой должности.</summary>
    MatchesPosition = 1,
    First = 2,
    Highest = 3,
}
