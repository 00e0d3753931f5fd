namespace SchoolPortal.Features.Journal;

/// <summary>The save state a grid cell shows.</summary>
public enum CellStatusKind
{
    Saving = 0,
    Saved = 1,
    Failed = 2,
    Conflict = 3,
}
