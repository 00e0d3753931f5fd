using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Tests.Schools;

public sealed class DaysUntilHolidaysTests
{
    private static HolidayPeriod Holidays()
    {
        var period = new HolidayPeriod(1, "Основной");
        period.AddHoliday("Зимние каникулы", new(2026, 12, 31), new(2027, 1, 11));
        period.AddHoliday("Осенние каникулы", new(2026, 10, 26), new(2026, 11, 3));
        return period;
    }

    [Fact]
    public void Before_a_holiday_counts_days_to_its_first_day()
    {
        var result = Holidays().DaysUntilHolidays(new(2026, 11, 28));

        Assert.NotNull(result);
        Assert.Equal(33, result.Value.Days);
        Assert.Equal("Зимние каникулы", result.Value.Next.Name);
    }

    [Fact]
    public void Earliest_upcoming_holiday_is_chosen_whatever_the_order_added()
    {
        var result = Holidays().DaysUntilHolidays(new(2026, 10, 25));

        Assert.Equal((1, "Осенние каникулы"), (result!.Value.Days, result.Value.Next.Name));
    }

    [Theory]
    [InlineData(2026, 12, 31)]
    [InlineData(2027, 1, 5)]
    [InlineData(2027, 1, 11)]
    public void During_a_holiday_is_zero_days(int year, int month, int day)
    {
        var result = Holidays().DaysUntilHolidays(new(year, month, day));

        Assert.Equal((0, "Зимние каникулы"), (result!.Value.Days, result.Value.Next.Name));
    }

    [Fact]
    public void After_the_last_holiday_there_is_nothing_to_count()
    {
        Assert.Null(Holidays().DaysUntilHolidays(new(2027, 1, 12)));
        Assert.Null(new HolidayPeriod(1, "Пустой").DaysUntilHolidays(new(2026, 9, 1)));
    }
}
