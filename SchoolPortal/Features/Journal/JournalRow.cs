using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Journal;

/// <summary>A pupil's row of the journal: the cells, the weighted average over the period, the suggested and the final mark.</summary>
public sealed class JournalRow
{
    public required int PupilId { get; init; }

    /// <summary>«Иванов Пётр Сергеевич».</summary>
    public required string FullName { get; init; }

    /// <summary>«выбыл(а) 12.11.2026» or «прибыл(а) 10.11.2026»; null for a pupil who was in the class the whole period.</summary>
    public string? Note { get; init; }

    public bool IsWithdrawn { get; init; }

    public SheetCell[] Cells { get; internal set; } = [];

    public FinalCell Final { get; internal set; } = null!;

    public decimal? Average { get; private set; }

    /// <summary>The final mark the average suggests («4», «зач»), or null.</summary>
    public string? Suggested { get; private set; }

    /// <summary>Grows with every change of the row: its component renders only when this changed.</summary>
    public int Version { get; internal set; }

    internal void Recalculate(GradingScale grading)
    {
        var marks = Cells.SelectMany(c => c.Content.Marks.Items).ToList();
        Average = Averages.Weighted(marks);
        Suggested = grading == GradingScale.PassFail
            ? Averages.SuggestPassFail(marks)?.ToString()
            : Averages.Suggest(Average)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
