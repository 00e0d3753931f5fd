namespace SchoolPortal.Features.BatchUpdate;

/// <summary>A column found in an uploaded sheet by its header: the field, the parent group (null for the pupil's own fields).</summary>
public sealed record BatchColumn(int SheetColumn, int? ParentGroup, BatchField Field, string Header);
