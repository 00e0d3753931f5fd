using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// The final marks of a class × subject for the year: per pupil the final mark of every study period and of the year, with
/// the weighted averages suggesting them. Loaded by <see cref="JournalService.LoadFinalsAsync"/>; the grid edits it in place.
/// </summary>
public sealed class JournalFinals : IEditableGrid
{
    public required int ClassId { get; init; }
    public required string ClassName { get; init; }
    public required int SubjectId { get; init; }
    public required string SubjectName { get; init; }
    public required GradingScale Grading { get; init; }
    public required string YearName { get; init; }
    public int? Group { get; init; }
    public int? CurrentPeriodId { get; init; }
    public string? GroupNotice { get; init; }

    /// <summary>The study periods, then the year (id null).</summary>
    public required IReadOnlyList<FinalsPeriod> Periods { get; init; }

    public required IReadOnlyList<FinalsRow> Rows { get; init; }

    public string Title => $"{ClassName}{(Group is { } g ? $" (группа {g})" : "")} · {SubjectName} · итоговые отметки {YearName}";

    public int RowCount => Rows.Count;

    public int ColumnCount => Periods.Count;

    public GridCell CellAt(int row, int column) => Rows[row].Cells[column];

    public void Touch(int row) => Rows[row].Version++;

    public void Recalculate(GridCell cell) => Rows[cell.Row].Version++;
}
