namespace SchoolPortal.Features.Portfolio;

/// <summary>The class average of one subject in one study period, as kept in the cache (a list of these travels through Redis).</summary>
public sealed record ClassAverage(int SubjectId, int PeriodId, decimal? Average);
