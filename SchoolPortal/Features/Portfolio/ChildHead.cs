namespace SchoolPortal.Features.Portfolio;

/// <summary>What the portfolio queries need to know first about a child: who, which class of which year, which holiday set.</summary>
internal sealed record ChildHead(PortfolioChild Child, int? Grade, int? AcademicYearId, int? HolidayPeriodId);
