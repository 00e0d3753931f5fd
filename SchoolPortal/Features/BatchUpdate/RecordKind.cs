namespace SchoolPortal.Features.BatchUpdate;

/// <summary>What a record key points to: «У» — a pupil, «Р» — a parent.</summary>
public enum RecordKind
{
    Pupil,
    Parent,
}
