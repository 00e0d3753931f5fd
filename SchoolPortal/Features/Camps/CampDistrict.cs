namespace SchoolPortal.Features.Camps;

/// <summary>A district whose camps the user keeps.</summary>
public sealed record CampDistrict(int Id, string Name);
