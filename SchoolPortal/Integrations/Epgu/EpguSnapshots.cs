using System.Globalization;
using SchoolPortal.Features.Portfolio;

namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// Turns the portal's <see cref="ChildPortfolio"/> into the EPGU format. The format is spelled out here, field by field, so a
/// change of the pages cannot change what EPGU receives without a new format version.
/// </summary>
public static class EpguSnapshots
{
    public static EpguSnapshot From(EpguChild child, EpguSchool school, ChildPortfolio portfolio)
    {
        var periods = portfolio.Periods.ToDictionary(p => p.Id);
        var holidays = portfolio.Holidays;
        return new EpguSnapshot(child, school, new EpguPortfolio(
            portfolio.Child.ClassName,
            portfolio.CurrentPeriod?.Name,
            holidays is { Holiday: { } name, StartsOn: { } startsOn, EndsOn: { } endsOn } ? new EpguHoliday(name, startsOn, endsOn) : null,
            portfolio.Events.Select(e => new EpguEvent(e.Date, e.StartsAt?.ToString("HH:mm", CultureInfo.InvariantCulture), e.LessonNumber, e.Kind,
                e.Title, e.Description, e.IsControlWork)).ToList(),
            portfolio.Subjects.Select(s => new EpguSubject(s.Name, s.Periods.Select(r => new EpguPeriodResult(r.PeriodName,
                periods[r.PeriodId].StartsOn, periods[r.PeriodId].EndsOn,
                r.Marks.Select(m => new EpguMark(m.Date, m.Value, m.WorkType, m.Weight, m.IsControlWork)).ToList(),
                r.Average, r.ClassAverage, r.Final)).ToList())).ToList(),
            new EpguAttendance(portfolio.Attendance.PeriodName, portfolio.Attendance.Lessons, portfolio.Attendance.Present,
                portfolio.Attendance.Absent, portfolio.Attendance.Ill, portfolio.Attendance.Excused, portfolio.Attendance.Late,
                portfolio.Attendance.PresentPercent),
            portfolio.ControlWorks.Select(w => new EpguControlWork(w.Date, w.Subject, w.WorkType, w.Topic, w.Marks, w.Attendance)).ToList()));
    }
}
