namespace SchoolPortal.Features.Journal;

/// <summary>A table of <see cref="GridCell"/>s that <see cref="GridEditor"/> moves through and saves.</summary>
public interface IEditableGrid
{
    int RowCount { get; }

    int ColumnCount { get; }

    GridCell CellAt(int row, int column);

    /// <summary>Marks a row as changed so that only its component renders again.</summary>
    void Touch(int row);

    /// <summary>After a saved cell: recomputes the averages that depend on it.</summary>
    void Recalculate(GridCell cell);
}
