namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>What the demo's EPGU emulator files a camp application with: a family as Gosuslugi knows it and the shifts chosen.</summary>
public sealed record EpguCampFilingPlace(EpguCampChild Child, EpguCampApplicant Applicant, IReadOnlyList<int> Shifts);
