using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Tests.DemoRegion;

public sealed class DemoCalendarTests
{
    [Fact]
    public void On_the_fixed_day_the_year_is_2026_2027_with_its_usual_quarters_and_holidays()
    {
        var calendar = new DemoCalendar(DemoRegionGenerator.FixedDay);

        Assert.Equal(2026, calendar.StartYear);
        Assert.Equal(
            [(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 24)), (new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 28)),
             (new DateOnly(2027, 1, 12), new DateOnly(2027, 3, 21)), (new DateOnly(2027, 3, 30), new DateOnly(2027, 5, 26))],
            calendar.Quarters);
        Assert.Equal(5, calendar.Holidays(firstGrade: true).Count);
        Assert.Equal((new DateOnly(2027, 5, 27), new DateOnly(2027, 8, 31)), (calendar.Holidays(false)[^1].From, calendar.Holidays(false)[^1].To));
    }

    [Fact]
    public void A_sunday_in_the_winter_holidays_becomes_a_school_day_with_mondays_timetable_and_the_holidays_begin_tomorrow()
    {
        var sunday = new DateOnly(2027, 1, 3);

        var calendar = new DemoCalendar(sunday);

        Assert.Equal(2026, calendar.StartYear);
        var winter = calendar.Holidays(false).Single(h => h.Name == "Зимние каникулы");
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 17)), (winter.From, winter.To));
        Assert.Equal((new DateOnly(2026, 11, 5), sunday), calendar.Quarters[1]);
        Assert.Equal(new DateOnly(2027, 1, 18), calendar.Quarters[2].StartsOn);
        Assert.Equal(DayOfWeek.Monday, calendar.TimetableDay(sunday));
        Assert.Equal(DayOfWeek.Sunday, calendar.TimetableDay(sunday.AddDays(7)));
    }

    [Fact]
    public void In_summer_the_last_quarter_runs_up_to_today_and_the_holidays_end_on_31_august()
    {
        var calendar = new DemoCalendar(new DateOnly(2027, 7, 15));
        var lastDay = new DemoCalendar(new DateOnly(2027, 8, 31));

        Assert.Equal(2026, calendar.StartYear);
        Assert.Equal((new DateOnly(2027, 3, 30), new DateOnly(2027, 7, 15)), calendar.Quarters[3]);
        Assert.Equal((new DateOnly(2027, 7, 16), new DateOnly(2027, 8, 31)), (calendar.Holidays(false)[^1].From, calendar.Holidays(false)[^1].To));
        Assert.Equal(4, lastDay.Quarters.Count);
        Assert.Equal(new DateOnly(2027, 8, 31), lastDay.Quarters[3].EndsOn);
        Assert.DoesNotContain(lastDay.Holidays(false), h => h.Name == "Летние каникулы");
    }

    [Fact]
    public void Every_day_of_two_years_is_a_school_day_of_an_open_quarter_in_both_holiday_sets()
    {
        for (var day = new DateOnly(2026, 9, 1); day < new DateOnly(2028, 9, 1); day = day.AddDays(1))
        {
            var calendar = new DemoCalendar(day);
            Assert.Equal(4, calendar.Quarters.Count);
            Assert.Contains(calendar.Quarters, q => q.StartsOn <= day && day <= q.EndsOn);
            Assert.DoesNotContain(calendar.Holidays(true), h => h.From <= day && day <= h.To);
            Assert.NotEqual(DayOfWeek.Sunday, calendar.TimetableDay(day));
            Assert.Equal(calendar.YearStart, calendar.Quarters[0].StartsOn);
            Assert.True(calendar.Quarters.Zip(calendar.Quarters.Skip(1)).All(p => p.First.EndsOn < p.Second.StartsOn), day.ToString("O"));
        }
    }
}
