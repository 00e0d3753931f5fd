namespace SchoolPortal.Features.Reports;

/// <summary>A pupil's line of the class journal report.</summary>
/// <param name="Note">«выбыл(а) 12.11.2026» for a pupil who left during the period, «прибыл(а) …» for one who came later.</param>
/// <param name="Cells">The cell of each lesson, in the order of the report's lessons: «5 4 н», or empty.</param>
/// <param name="Average">The weighted average of the period's marks (null without marks).</param>
/// <param name="FinalMark">The period's final mark, as set by the teacher.</param>
public sealed record JournalReportPupil(int Id, string Name, string? Note, bool HasLeft, IReadOnlyList<string> Cells, decimal? Average,
    string? FinalMark)
{
    public string DisplayName => Note is null ? Name : $"{Name} ({Note})";
}
