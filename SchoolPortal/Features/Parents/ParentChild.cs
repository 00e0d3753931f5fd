namespace SchoolPortal.Features.Parents;

/// <summary>A child of a parent, as the parent card lists it.</summary>
public sealed record ParentChild(int PupilId, string FullName, string? ClassName, string SchoolName, string Relation);
