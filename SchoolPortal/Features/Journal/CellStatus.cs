namespace SchoolPortal.Features.Journal;

/// <summary>
/// The visible save state of one grid cell: saving, saved, failed (with the message and, when the failure was not the
/// teacher's entry, the text to retry) or a conflict (with the teacher's own text, to overwrite explicitly).
/// </summary>
public sealed record CellStatus(CellStatusKind Kind, string? Message = null, string? PendingText = null)
{
    public static CellStatus Saving { get; } = new(CellStatusKind.Saving);

    public static CellStatus Saved { get; } = new(CellStatusKind.Saved);

    public static CellStatus Failed(string message, string? retryText = null) => new(CellStatusKind.Failed, message, retryText);

    /// <param name="mine">The teacher's text to overwrite with; null when there is nothing to overwrite with (a mark's details).</param>
    public static CellStatus Conflict(string message, string? mine) => new(CellStatusKind.Conflict, message, mine);

    /// <summary>The marker's text (the browser tests read it).</summary>
    public string Label => Kind switch
    {
        CellStatusKind.Saving => "сохранение…",
        CellStatusKind.Saved => "сохранено",
        _ => "ошибка",
    };

    public string CssClass => Kind switch
    {
        CellStatusKind.Saving => "st-saving",
        CellStatusKind.Saved => "st-saved",
        CellStatusKind.Conflict => "st-conflict",
        _ => "st-failed",
    };

    public bool CanRetry => Kind == CellStatusKind.Failed && PendingText is not null;

    public bool IsProblem => Kind is CellStatusKind.Failed or CellStatusKind.Conflict;
}
