namespace SchoolPortal.Features.Camps;

/// <summary>A parent linked to the pupil, who becomes the applicant.</summary>
public sealed record CampParentOption(int ParentId, string FullName, string Relation);
