namespace SchoolPortal.Features.Journal;

/// <summary>A pupil's final marks: one cell per study period and one for the year, each with the weighted average that suggests it.</summary>
public sealed class FinalsRow
{
    public required int PupilId { get; init; }
    public required string FullName { get; init; }
    public string? Note { get; init; }
    public bool IsWithdrawn { get; init; }

    /// <summary>The periods' cells, then the year's.</summary>
    public FinalCell[] Cells { get; internal set; } = [];

    /// <summary>The weighted average of each period, then of the year.</summary>
    public decimal?[] Averages { get; internal set; } = [];

    /// <summary>The mark each average suggests («4», «зач»), or null.</summary>
    public string?[] Suggested { get; internal set; } = [];

    public int Version { get; internal set; }
}
