namespace SchoolPortal.Features.Camps;

/// <summary>A pupil of the user's school or district found by surname, with the linked parents one of whom applies.</summary>
public sealed record CampPupilOption(int PupilId, string FullName, DateOnly BirthDate, string SchoolName, IReadOnlyList<CampParentOption> Parents);
