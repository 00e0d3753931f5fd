namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// A subject in one study period: the child's marks, the child's weighted average against the class average (the plain
/// mean of the pupils' weighted averages, as the class journal counts it) and the period's final mark once the teacher set it.
/// </summary>
/// <param name="Final">«4», «зач»; null while not set.</param>
public sealed record PeriodResult(int PeriodId, string PeriodName, IReadOnlyList<PortfolioMark> Marks, decimal? Average, decimal? ClassAverage,
    string? Final);
