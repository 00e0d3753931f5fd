namespace SchoolPortal.Features.Portfolio;

/// <summary>A study period of the child's year that has begun: the columns of the marks and of the averages' dynamics.</summary>
public sealed record PortfolioPeriod(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, bool IsCurrent);
