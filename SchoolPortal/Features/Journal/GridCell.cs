namespace SchoolPortal.Features.Journal;

/// <summary>
/// One cell of a keyboard grid (a lesson cell of the journal or a final mark) as the page holds it: what it shows, the
/// version it was read at, why it is read-only, and its save state. Plain data: the grid renders it as text and creates an
/// editor only for the focused cell.
/// </summary>
public abstract class GridCell
{
    protected GridCell(int pupilId, int row, int column, string testId, string? readOnlyReason)
    {
        PupilId = pupilId;
        Row = row;
        Column = column;
        TestId = testId;
        ReadOnlyReason = readOnlyReason;
    }

    public int PupilId { get; }
    public int Row { get; }
    public int Column { get; }
    /// <summary>«cell-{pupil}-{lesson}» or «final-{pupil}-{period|year}».</summary>
    public string TestId { get; }

    /// <summary>«cell-state-…» / «final-state-…»: only cells with a save state render it, so it is made when asked for.</summary>
    public string StateTestId => TestId.Insert(TestId.IndexOf('-') + 1, "state-");

    /// <summary>Null when the user may edit the cell; otherwise the Russian reason shown on focus.</summary>
    public string? ReadOnlyReason { get; internal set; }

    public bool IsEditable => ReadOnlyReason is null;

    /// <summary>What the cell shows: the saved value, or the typed one while it is being saved.</summary>
    public string Text { get; protected set; } = "";

    /// <summary>The value last read from or written to the database.</summary>
    public string SavedText { get; protected set; } = "";

    public int Version { get; protected set; }

    public CellStatus? Status { get; internal set; }

    /// <summary>The typed text as it will look once saved; throws <see cref="Domain.Common.DomainException"/> when it is not a valid entry.</summary>
    public abstract string Preview(string typed);

    /// <summary>Takes the saved value, or the current value of a conflict.</summary>
    public abstract void Accept(CellSaveResult result);

    public void ShowPending(string text) => Text = text;

    public void Revert() => Text = SavedText;
}
