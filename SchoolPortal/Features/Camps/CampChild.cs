namespace SchoolPortal.Features.Camps;

/// <summary>A child a parent may apply for, as the records hold it (nothing is retyped).</summary>
public sealed record CampChild(int PupilId, string FullName, DateOnly BirthDate, int SchoolId, string SchoolName, int ParentId);
