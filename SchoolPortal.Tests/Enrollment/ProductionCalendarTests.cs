using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ProductionCalendarTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Russian();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Without_exceptions_monday_to_friday_work_and_the_weekend_rests()
    {
        var calendar = new ProductionCalendar([]);

        Assert.True(calendar.IsWorkingDay(D(2030, 6, 7)));   // Friday
        Assert.False(calendar.IsWorkingDay(D(2030, 6, 8)));  // Saturday
        Assert.False(calendar.IsWorkingDay(D(2030, 6, 9)));  // Sunday
        Assert.Equal(D(2030, 6, 10), calendar.AddWorkingDays(D(2030, 6, 7), 1));
    }

    [Theory]
    [InlineData(2024, 4, 27, true)]   // рабочая суббота (Постановление № 1314)
    [InlineData(2024, 4, 29, false)]  // перенос с 27.04
    [InlineData(2024, 11, 2, true)]   // рабочая суббота, сокращённая
    [InlineData(2024, 12, 28, true)]  // рабочая суббота
    [InlineData(2025, 5, 2, false)]   // перенос с 04.01 (Постановление № 1335)
    [InlineData(2025, 6, 13, false)]  // перенос с 08.03
    [InlineData(2025, 11, 1, true)]   // рабочая суббота
    [InlineData(2025, 12, 31, false)] // перенос с 05.01
    [InlineData(2026, 1, 9, false)]   // перенос с 03.01 (Постановление № 1466)
    [InlineData(2026, 1, 12, true)]
    [InlineData(2026, 3, 9, false)]   // 08.03 пришлось на воскресенье
    [InlineData(2026, 5, 11, false)]  // 09.05 пришлось на субботу
    [InlineData(2026, 12, 31, false)] // перенос с 04.01
    [InlineData(2027, 1, 8, false)]   // ст. 112 ТК РФ
    [InlineData(2027, 2, 23, false)]
    [InlineData(2027, 3, 8, false)]
    public void Decrees_make_days_working_or_off(int year, int month, int day, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void Shortened_days_are_working_days()
    {
        Assert.True(Calendar.IsShortened(D(2026, 4, 30)));
        Assert.True(Calendar.IsWorkingDay(D(2026, 4, 30)));
        Assert.True(Calendar.IsShortened(D(2025, 11, 1)));
        Assert.True(Calendar.IsWorkingDay(D(2025, 11, 1)));
        Assert.False(Calendar.IsShortened(D(2026, 4, 29)));
    }

    [Fact]
    public void The_first_working_day_after_new_year_2026_is_12_january()
    {
        // 31.12.2025 is off (transfer from 05.01), the holidays last until Sunday 11.01.2026.
        Assert.Equal(D(2026, 1, 12), Calendar.AddWorkingDays(D(2025, 12, 30), 1));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2025, 12, 30), D(2026, 1, 12)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2025, 12, 30), D(2026, 1, 11)));
    }

    [Fact]
    public void The_first_working_day_after_new_year_2027_is_11_january()
    {
        // 31.12.2026 is off (Постановление № 1466), 1–8 January 2027 by art. 112, then the weekend.
        Assert.Equal(D(2027, 1, 11), Calendar.AddWorkingDays(D(2026, 12, 30), 1));
        Assert.Equal(D(2027, 1, 13), Calendar.AddWorkingDays(D(2026, 12, 30), 3));
    }

    [Fact]
    public void Working_days_skip_the_may_holidays_of_2026()
    {
        Assert.Equal(D(2026, 5, 4), Calendar.AddWorkingDays(D(2026, 4, 30), 1));
        Assert.Equal(D(2026, 5, 12), Calendar.AddWorkingDays(D(2026, 5, 8), 1));
        Assert.Equal(6, Calendar.WorkingDaysBetween(D(2026, 4, 30), D(2026, 5, 12)));
    }

    [Fact]
    public void Working_days_skip_the_may_holidays_of_2025()
    {
        Assert.Equal(D(2025, 5, 5), Calendar.AddWorkingDays(D(2025, 4, 30), 1));
        Assert.Equal(D(2025, 5, 12), Calendar.AddWorkingDays(D(2025, 5, 7), 1));
    }

    [Fact]
    public void Working_days_skip_the_2027_holidays_of_february_and_march()
    {
        Assert.Equal(D(2027, 2, 24), Calendar.AddWorkingDays(D(2027, 2, 22), 1));
        Assert.Equal(D(2027, 3, 9), Calendar.AddWorkingDays(D(2027, 3, 5), 1));
    }

    [Fact]
    public void Working_days_between_is_the_inverse_of_adding_them()
    {
        var from = D(2026, 6, 30);
        foreach (var n in new[] { 0, 1, 3, 10, 60 })
            Assert.Equal(n, Calendar.WorkingDaysBetween(from, Calendar.AddWorkingDays(from, n)));
        Assert.Equal(-3, Calendar.WorkingDaysBetween(D(2026, 7, 3), from));
    }

    [Fact]
    public void Negative_working_days_are_refused()
    {
        Assert.Throws<DomainException>(() => Calendar.AddWorkingDays(D(2026, 1, 1), -1));
    }

    [Fact]
    public void One_date_with_two_different_kinds_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new ProductionCalendar(
        [
            new CalendarException(D(2026, 5, 1), CalendarDayKind.Holiday),
            new CalendarException(D(2026, 5, 1), CalendarDayKind.ShortenedDay),
        ]));

        Assert.Contains("01.05.2026", error.Message);
    }

    [Fact]
    public void The_calendar_is_built_from_the_rows_kept_in_the_database()
    {
        var calendar = ProductionCalendar.FromDays(
        [
            new CalendarDay(D(2030, 6, 8), CalendarDayKind.WorkingDay, "рабочая суббота"),
            new CalendarDay(D(2030, 6, 10), CalendarDayKind.Holiday, null),
        ]);

        Assert.True(calendar.IsWorkingDay(D(2030, 6, 8)));
        Assert.False(calendar.IsWorkingDay(D(2030, 6, 10)));
        Assert.Equal(D(2030, 6, 11), calendar.AddWorkingDays(D(2030, 6, 7), 2));
    }
}
