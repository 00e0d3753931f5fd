namespace SchoolPortal.Features.Pupils;

/// <summary>A parent linked to a pupil, for the «Родители» section of the pupil card.</summary>
public sealed record LinkedParent(int ParentId, string FullName, string Relation, string? Phone, string? Login);
