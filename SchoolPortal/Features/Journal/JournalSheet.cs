using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// The class journal of a class × subject × study period (and group): lessons as columns, pupils as rows, the cells, the
/// averages and the period's final marks. Loaded by <see cref="JournalService.LoadAsync"/>; the grid edits it in place.
/// The grid's columns are the lessons and then the final mark.
/// </summary>
public sealed class JournalSheet : IEditableGrid
{
    public required int ClassId { get; init; }
    public required string ClassName { get; init; }
    public required int SubjectId { get; init; }
    public required string SubjectName { get; init; }
    public required GradingScale Grading { get; init; }
    public required int PeriodId { get; init; }
    public required string PeriodName { get; init; }
    public required DateOnly PeriodStartsOn { get; init; }
    public required DateOnly PeriodEndsOn { get; init; }
    public int? Group { get; init; }
    public bool IsClosed { get; init; }

    /// <summary>The banner of a closed period.</summary>
    public string? ClosedReason { get; init; }

    /// <summary>A school administrator may close and reopen the period.</summary>
    public bool CanManagePeriod { get; init; }

    /// <summary>Shown when a group journal lists the whole class because the group has no members yet.</summary>
    public string? GroupNotice { get; init; }

    /// <summary>Null when the user may set the period's final marks.</summary>
    public string? FinalsReadOnlyReason { get; init; }

    public required IReadOnlyList<JournalLesson> Lessons { get; init; }
    public required IReadOnlyList<JournalRow> Rows { get; init; }

    /// <summary>The mean of the pupils' weighted averages over the period.</summary>
    public decimal? PeriodAverage { get; private set; }

    /// <summary>Grows when a lesson's description changes (the header renders again).</summary>
    public int HeaderVersion { get; set; }

    /// <summary>Grows when a class average changes (the footer renders again).</summary>
    public int AveragesVersion { get; private set; }

    public string Title => $"{ClassName}{(Group is { } g ? $" (группа {g})" : "")} · {SubjectName} · {PeriodName}";

    public int RowCount => Rows.Count;

    public int ColumnCount => Lessons.Count + 1;

    public GridCell CellAt(int row, int column) => column < Lessons.Count ? Rows[row].Cells[column] : Rows[row].Final;

    public void Touch(int row) => Rows[row].Version++;

    public int ColumnOf(int lessonId)
    {
        for (var i = 0; i < Lessons.Count; i++)
        {
            if (Lessons[i].Id == lessonId)
                return i;
        }
        return -1;
    }

    public void Recalculate(GridCell cell)
    {
        var row = Rows[cell.Row];
        if (cell is SheetCell)
        {
            row.Recalculate(Grading);
            RecalculateLesson(cell.Column);
            PeriodAverage = Averages.Mean(Rows.Select(r => r.Average));
            AveragesVersion++;
        }
        row.Version++;
    }

    /// <summary>All averages, after loading.</summary>
    internal void RecalculateAll()
    {
        foreach (var row in Rows)
            row.Recalculate(Grading);
        for (var c = 0; c < Lessons.Count; c++)
            RecalculateLesson(c);
        PeriodAverage = Averages.Mean(Rows.Select(r => r.Average));
        AveragesVersion++;
    }

    private void RecalculateLesson(int column) =>
        Lessons[column].ClassAverage = Averages.Mean(Rows.Select(r => Averages.Weighted(r.Cells[column].Content.Marks.Items)));
}
