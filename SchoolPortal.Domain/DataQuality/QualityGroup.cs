namespace SchoolPortal.Domain.DataQuality;

/// <summary>The groups of rules the dashboard scores separately, in the order it shows them.</summary>
public enum QualityGroup
{
    School = 1,
    Pupils = 2,
    Parents = 3,
    MovementOfFirsts = 4,
    Staff = 5,
    Journal = 6,
    YearEvents = 7,
    Substitutions = 8,
}
