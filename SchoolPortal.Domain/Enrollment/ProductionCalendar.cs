using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The Russian production calendar as data: Monday–Friday are working days, Saturday and Sunday are not, except the
/// dates listed as exceptions (holidays, transferred working days, shortened days). Deadlines of the admission campaign
/// count working days on it.
/// </summary>
public sealed class ProductionCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;

    public ProductionCalendar(IEnumerable<CalendarException> exceptions)
    {
        _exceptions = [];
        foreach (var exception in exceptions)
        {
            if (_exceptions.TryGetValue(exception.Date, out var kind) && kind != exception.Kind)
                throw new DomainException($"Дата {exception.Date:dd.MM.yyyy} указана в календаре дважды с разными видами дня.", "date");
            _exceptions[exception.Date] = exception.Kind;
        }
    }

    /// <summary>The calendar kept in the database (the region operator's editable copy).</summary>
    public static ProductionCalendar FromDays(IEnumerable<CalendarDay> days) =>
        new(days.Select(d => new CalendarException(d.Date, d.Kind)));

    /// <summary>The calendar of the government decrees, for when the database holds no copy yet.</summary>
    public static ProductionCalendar Russian() => new(RussianCalendarDefaults.All);

    public IReadOnlyCollection<CalendarException> Exceptions =>
        _exceptions.Select(e => new CalendarException(e.Key, e.Value)).OrderBy(e => e.Date).ToList();

    /// <summary>The kind of the date when it is an exception, otherwise null.</summary>
    public CalendarDayKind? KindOf(DateOnly date) => _exceptions.TryGetValue(date, out var kind) ? kind : null;

    public bool IsWorkingDay(DateOnly date) => KindOf(date) switch
    {
        CalendarDayKind.Holiday => false,
        CalendarDayKind.WorkingDay or CalendarDayKind.ShortenedDay => true,
        _ => date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday,
    };

    public bool IsShortened(DateOnly date) => KindOf(date) == CalendarDayKind.ShortenedDay;

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="from"/> (<paramref name="from"/> itself is not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        if (n < 0)
            throw new DomainException("Число рабочих дней не может быть отрицательным.", "days");
        var day = from;
        while (n > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                n--;
        }
        return day;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>: so
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. Negative when <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
            return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }
        return count;
    }
}
