namespace SchoolPortal.Features.Duplicates;

/// <summary>A child linked to a parent record, as the group shows it.</summary>
public sealed record RecordChild(int PupilId, string FullName, string? ClassName, string SchoolName, string Relation);
