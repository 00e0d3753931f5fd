namespace SchoolPortal.Features.DataQuality;

/// <summary>What the dashboard lists: the districts of the region, the schools of a district, or the rules of a school.</summary>
public enum QualityLevel
{
    Region = 1,
    District = 2,
    School = 3,
}
