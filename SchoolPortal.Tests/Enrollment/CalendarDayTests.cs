using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class CalendarDayTests
{
    [Fact]
    public void A_weekday_cannot_be_made_a_working_day()
    {
        var error = Assert.Throws<DomainException>(() => new CalendarDay(new DateOnly(2026, 6, 10), CalendarDayKind.WorkingDay, null));

        Assert.Contains("будний день", error.Message);
    }

    [Fact]
    public void A_day_can_change_kind_and_keeps_a_trimmed_comment()
    {
        var day = new CalendarDay(new DateOnly(2027, 5, 10), CalendarDayKind.Holiday, null);

        day.Change(CalendarDayKind.ShortenedDay, "  предпраздничный  ");

        Assert.Equal(CalendarDayKind.ShortenedDay, day.Kind);
        Assert.Equal("предпраздничный", day.Comment);
    }

    [Fact]
    public void The_default_rows_are_valid_and_match_the_default_exceptions()
    {
        var days = RussianCalendarDefaults.CreateDays();

        Assert.Equal(RussianCalendarDefaults.All.Count, days.Count);
        Assert.All(days, d => Assert.False(string.IsNullOrEmpty(d.Comment)));
        Assert.Equal(RussianCalendarDefaults.Years, days.Select(d => d.Date.Year).Distinct().Order());
    }

    [Fact]
    public void Default_days_off_are_weekdays_and_default_working_days_are_weekends()
    {
        foreach (var e in RussianCalendarDefaults.All)
        {
            var weekend = e.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (e.Kind == CalendarDayKind.Holiday)
                Assert.False(weekend, $"{e.Date:dd.MM.yyyy}");
            if (e.Kind == CalendarDayKind.WorkingDay)
                Assert.True(weekend, $"{e.Date:dd.MM.yyyy}");
        }
    }

    [Fact]
    public void The_unconfirmed_2027_holds_no_transfers()
    {
        Assert.Contains(2027, RussianCalendarDefaults.UnconfirmedYears);
        var year2027 = RussianCalendarDefaults.All.Where(e => e.Date.Year == 2027).ToList();

        Assert.All(year2027, e => Assert.Equal(CalendarDayKind.Holiday, e.Kind));
        Assert.DoesNotContain(year2027, e => e.Date == new DateOnly(2027, 5, 10) || e.Date == new DateOnly(2027, 6, 14));
    }
}
