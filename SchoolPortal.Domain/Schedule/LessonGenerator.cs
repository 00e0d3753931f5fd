using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Domain.Schedule;

/// <summary>Turns a class's weekly timetable for a study period into dated lessons, skipping the holidays of the class's holiday set.</summary>
public static class LessonGenerator
{
    /// <param name="from">The first date to plan (a timetable change plans only from today on).</param>
    public static IEnumerable<PlannedLesson> Plan(StudyPeriod period, IEnumerable<TimetableEntry> entries, HolidayPeriod? holidays,
        DateOnly? from = null)
    {
        var byDay = entries.Where(e => e.StudyPeriodId == period.Id).GroupBy(e => e.Weekday)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.LessonNumber).ThenBy(e => e.Group).ToList());
        var start = from is { } f && f > period.StartsOn ? f : period.StartsOn;
        foreach (var date in SchoolDays(start, period.EndsOn, d => holidays?.IsHoliday(d) == true))
        {
            if (!byDay.TryGetValue(date.DayOfWeek, out var day))
                continue;
            foreach (var e in day)
                yield return new PlannedLesson(e.ClassId, period.Id, date, e.LessonNumber, e.Group, e.SubjectId, e.TeacherId, e.Room, e.Id);
        }
    }

    /// <summary>The dates from <paramref name="first"/> to <paramref name="last"/> that are not holidays: the days lessons may fall on.</summary>
    public static IEnumerable<DateOnly> SchoolDays(DateOnly first, DateOnly last, Func<DateOnly, bool> isHoliday)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (!isHoliday(date))
                yield return date;
        }
    }
}
