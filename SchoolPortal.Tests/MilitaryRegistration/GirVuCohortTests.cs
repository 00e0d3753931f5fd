using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Tests.MilitaryRegistration;

public sealed class GirVuCohortTests
{
    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-12-31")]
    public void The_cohort_of_any_day_of_2026_is_everyone_born_in_2009(string today)
    {
        var cohort = GirVuCohort.Of(DateOnly.Parse(today));

        Assert.Equal(2009, cohort.BirthYear);
        Assert.Equal((new DateOnly(2009, 1, 1), new DateOnly(2009, 12, 31)), (cohort.BornFrom, cohort.BornTo));
    }

    [Theory]
    [InlineData("2026-01-01", "2009-01-01", true)]
    [InlineData("2026-01-01", "2009-12-31", true)]
    [InlineData("2026-01-01", "2008-12-31", false)]
    [InlineData("2026-01-01", "2010-01-01", false)]
    [InlineData("2026-12-31", "2009-01-01", true)]
    [InlineData("2026-12-31", "2009-12-31", true)]
    [InlineData("2026-12-31", "2008-12-31", false)]
    [InlineData("2026-12-31", "2010-01-01", false)]
    public void A_pupil_belongs_to_the_cohort_when_born_in_year_minus_17_whatever_the_day(string today, string born, bool included) =>
        Assert.Equal(included, GirVuCohort.Of(DateOnly.Parse(today)).Includes(DateOnly.Parse(born)));

    [Fact]
    public void On_new_year_the_cohort_moves_to_the_next_birth_year()
    {
        var lastDay = GirVuCohort.Of(new DateOnly(2026, 12, 31));
        var firstDay = GirVuCohort.Of(new DateOnly(2027, 1, 1));

        Assert.True(lastDay.Includes(new DateOnly(2009, 12, 31)));
        Assert.False(firstDay.Includes(new DateOnly(2009, 12, 31)));
        Assert.True(firstDay.Includes(new DateOnly(2010, 1, 1)));
        Assert.False(lastDay.Includes(new DateOnly(2010, 1, 1)));
    }
}
