namespace SchoolPortal.Integrations.Epgu;

/// <summary>A subject in one study period: the marks, the child's weighted average, the class average and the final mark.</summary>
public sealed record EpguPeriodResult(string Period, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<EpguMark> Marks, decimal? Average,
    decimal? ClassAverage, string? Final);
