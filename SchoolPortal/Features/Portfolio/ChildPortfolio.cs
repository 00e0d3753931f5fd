namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// «Школьное портфолио» of one child on one day: the sections the Gosuslugi portfolio shows (events feed, marks by period,
/// average against the class with its dynamics, attendance of the current period, days until the holidays, control-work
/// results). The same record is the page's model and the content of the EPGU snapshot.
/// </summary>
/// <param name="Notice">Why sections are empty (no class, no study periods), in Russian; null when all is in place.</param>
public sealed record ChildPortfolio(
    PortfolioChild Child,
    DateOnly Today,
    IReadOnlyList<PortfolioPeriod> Periods,
    IReadOnlyList<PortfolioEvent> Events,
    IReadOnlyList<SubjectRecord> Subjects,
    PortfolioAttendance Attendance,
    HolidayCountdown Holidays,
    IReadOnlyList<ControlWorkResult> ControlWorks,
    string? Notice = null)
{
    public PortfolioPeriod? CurrentPeriod => Periods.FirstOrDefault(p => p.IsCurrent);
}
