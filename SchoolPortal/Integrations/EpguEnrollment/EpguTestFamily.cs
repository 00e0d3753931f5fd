namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The test families the demo's EPGU emulator files applications for (<see cref="EpguTestFamilies"/> describes each).</summary>
public enum EpguTestFamily
{
    FirstStage = 1,
    SecondStage = 2,
    Sibling = 3,
    OutsideTerritory = 4,
    Repeated = 5,
    Malformed = 6,
    TenthGrade = 7,
    Transfer = 8,
}
