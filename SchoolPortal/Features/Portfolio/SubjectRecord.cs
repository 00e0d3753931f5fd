namespace SchoolPortal.Features.Portfolio;

/// <summary>«Оценки» and «Средний балл в классе» of one subject: one <see cref="PeriodResult"/> per period that has begun, in order.</summary>
public sealed record SubjectRecord(int SubjectId, string Name, IReadOnlyList<PeriodResult> Periods)
{
    /// <summary>The change of the child's average from the previous period to the last one that has an average: + rising, − falling.</summary>
    public decimal? Trend
    {
        get
        {
            var averages = Periods.Where(p => p.Average is not null).Select(p => p.Average!.Value).ToList();
            return averages.Count < 2 ? null : averages[^1] - averages[^2];
        }
    }
}
