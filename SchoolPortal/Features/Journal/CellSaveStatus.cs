namespace SchoolPortal.Features.Journal;

/// <summary>How a save of a journal cell or a final mark ended.</summary>
public enum CellSaveStatus
{
    /// <summary>Written (or nothing had to change).</summary>
    Saved = 0,
    /// <summary>Not written: the entry is invalid, the user may not edit, the period is closed, the pupil was not in the class.</summary>
    Refused = 1,
    /// <summary>Not written: someone changed the cell after it was read. The result carries the current value and version.</summary>
    Conflict = 2,
}
