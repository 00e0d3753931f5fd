namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The demo region's school calendar, laid around the day it is generated so the demo is alive on any date: the academic
/// year that contains <see cref="Today"/> (1 September to 31 August), its four quarters between the usual holidays (autumn,
/// winter, spring, summer, and the extra February week of first grades), and today always a school day:
/// <list type="bullet">
/// <item>a holiday that contains today begins tomorrow instead, keeping its length (the summer holidays end on 31 August
/// whatever happens), so the quarter before it runs up to today; in July the demo's fourth quarter is a long one;</item>
/// <item>on a Sunday today is a working day with Monday's timetable, as the production calendar transfers a working day;
/// on a Saturday only the six-day grades (5–11) have lessons, as in a real school.</item>
/// </list>
/// Everything is a function of the day: the same day gives the same calendar.
/// </summary>
internal sealed class DemoCalendar
{
    private readonly IReadOnlyList<(string Name, DateOnly From, DateOnly To)> _main;
    private readonly IReadOnlyList<(string Name, DateOnly From, DateOnly To)> _firstGrade;

    public DemoCalendar(DateOnly today)
    {
        Today = today;
        StartYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var y = StartYear;
        (string, DateOnly, DateOnly)[] main =
        [
            ("Осенние каникулы", new(y, 10, 25), new(y, 11, 4)),
            ("Зимние каникулы", new(y, 12, 29), new(y + 1, 1, 11)),
            ("Весенние каникулы", new(y + 1, 3, 22), new(y + 1, 3, 29)),
            ("Летние каникулы", new(y + 1, 5, 27), YearEnd),
        ];
        _main = main.Select(Around).OfType<(string, DateOnly, DateOnly)>().ToList();
        var extra = Around(("Дополнительные каникулы для 1-х классов", new(y + 1, 2, 13), new(y + 1, 2, 21)));
        _firstGrade = extra is { } e ? [.. _main.Take(2), e, .. _main.Skip(2)] : _main;

        // The quarters are the school days between the main holidays.
        var quarters = new List<(DateOnly, DateOnly)>();
        var start = YearStart;
        foreach (var (_, from, to) in _main)
        {
            quarters.Add((start, from.AddDays(-1)));
            start = to.AddDays(1);
        }
        if (start <= YearEnd)
            quarters.Add((start, YearEnd));
        Quarters = quarters;
    }

    /// <summary>The day the region is generated around: lessons before it are filled in, its own lessons are today's.</summary>
    public DateOnly Today { get; }

    public int StartYear { get; }

    public DateOnly YearStart => new(StartYear, 9, 1);

    public DateOnly YearEnd => new(StartYear + 1, 8, 31);

    /// <summary>The four quarters, in order.</summary>
    public IReadOnlyList<(DateOnly StartsOn, DateOnly EndsOn)> Quarters { get; }

    /// <summary>The holidays of the main set, or of the first grades' set (the main ones and a February week).</summary>
    public IReadOnlyList<(string Name, DateOnly From, DateOnly To)> Holidays(bool firstGrade) => firstGrade ? _firstGrade : _main;

    /// <summary>The weekday whose timetable a date follows: its own, except a Sunday today, which works as a Monday.</summary>
    public DayOfWeek TimetableDay(DateOnly date) =>
        date == Today && date.DayOfWeek == DayOfWeek.Sunday ? DayOfWeek.Monday : date.DayOfWeek;

    /// <summary>The first day from <paramref name="days"/> after today on that is not a Sunday (an event date ahead).</summary>
    public DateOnly Ahead(int days)
    {
        var date = Today.AddDays(days);
        return date.DayOfWeek == DayOfWeek.Sunday ? date.AddDays(1) : date;
    }

    // A holiday containing today begins tomorrow, with the same length, and not beyond the year's end.
    private (string, DateOnly, DateOnly)? Around((string Name, DateOnly From, DateOnly To) holiday)
    {
        if (Today < holiday.From || Today > holiday.To)
            return holiday;
        var from = Today.AddDays(1);
        var to = from.AddDays(holiday.To.DayNumber - holiday.From.DayNumber);
        if (to > YearEnd)
            to = YearEnd;
        return from > to ? null : (holiday.Name, from, to);
    }
}
