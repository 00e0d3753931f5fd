using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The demo's camp season, laid around the day the demo is made for, so that booking is open on that day whatever it is:
/// the season is the coming summer (from June on, the next year's: this summer's shifts have begun), and booking opened at
/// 09:00 on the last working day far enough back that a place given in the opening minute is past its payment deadline
/// today (5 working days by the production calendar): a week or two before the day, longer over the New Year holidays.
/// </summary>
internal static class DemoCampSeason
{
    public const int PaymentWorkingDays = 5;
    public static readonly TimeOnly OpeningTime = new(9, 0);

    /// <summary>The summer whose shifts the demo's parents book on <paramref name="today"/>.</summary>
    public static int Year(DateOnly today) => today.Month >= 6 ? today.Year + 1 : today.Year;

    /// <summary>The working day booking opened on: a grant of its opening minute is unpaid past its deadline by <paramref name="today"/>.</summary>
    public static DateOnly OpeningDay(DateOnly today, ProductionCalendar calendar)
    {
        var day = today.AddDays(-1);
        while (!calendar.IsWorkingDay(day) || calendar.AddWorkingDays(day, PaymentWorkingDays) >= today)
            day = day.AddDays(-1);
        return day;
    }

    public static DateTimeOffset OpensAt(DateOnly today, ProductionCalendar calendar) => RegionTime.At(OpeningDay(today, calendar), OpeningTime);
}
