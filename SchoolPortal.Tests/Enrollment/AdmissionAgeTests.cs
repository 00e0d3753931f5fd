using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class AdmissionAgeTests
{
    [Theory]
    [InlineData(2021, 3, 1, false)] // exactly 6 years 6 months on 01.09.2027
    [InlineData(2021, 3, 2, true)]  // one day short of 6 years 6 months
    [InlineData(2019, 9, 2, false)] // 7 on 01.09.2027, 8 the next day
    [InlineData(2019, 9, 1, true)]  // turns 8 on 01.09.2027
    [InlineData(2020, 6, 15, false)]
    public void The_founders_permission_is_needed_outside_6_years_6_months_to_8_years(int year, int month, int day, bool needed)
    {
        Assert.Equal(needed, AdmissionAge.NeedsFounderPermission(new DateOnly(year, month, day), 2027));
    }

    [Fact]
    public void The_reason_names_the_reference_day_and_the_side_of_the_rule()
    {
        Assert.Contains("01.09.2027 ребёнку не исполнится 6 лет 6 месяцев", AdmissionAge.FounderPermissionReason(new DateOnly(2021, 4, 10), 2027));
        Assert.Contains("уже исполнится 8 лет", AdmissionAge.FounderPermissionReason(new DateOnly(2019, 5, 10), 2027));
        Assert.Null(AdmissionAge.FounderPermissionReason(new DateOnly(2020, 12, 31), 2027));
    }

    [Fact]
    public void A_child_born_on_29_february_reaches_six_and_a_half_on_29_august()
    {
        // 29.02.2020 + 6 years 6 months = 29.08.2026: before 1 September.
        Assert.False(AdmissionAge.NeedsFounderPermission(new DateOnly(2020, 2, 29), 2026));
    }
}
