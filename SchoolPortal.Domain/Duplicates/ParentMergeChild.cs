namespace SchoolPortal.Domain.Duplicates;

/// <summary>A child of the record merged away, and whether the child is already linked to the record kept.</summary>
public sealed record ParentMergeChild(int PupilId, bool AlsoLinkedToKept);
