namespace SchoolPortal.Benchmarks;

/// <summary>A journal row as a MudDataGrid would bind it: the pupil, one text per lesson, the average.</summary>
public sealed class MudJournalRow
{
    public required string Pupil { get; init; }
    public required string[] Cells { get; init; }
    public string Average { get; init; } = "";
}
