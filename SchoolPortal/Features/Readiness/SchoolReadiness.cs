namespace SchoolPortal.Features.Readiness;

/// <summary>A school's line in the district and region lists: its counts.</summary>
public sealed record SchoolReadiness(int SchoolId, string SchoolName, int MunicipalityId, string Municipality, ReadinessCounts Counts);
