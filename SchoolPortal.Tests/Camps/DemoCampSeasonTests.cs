using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The demo's camp season is open whatever day the demo is made for, and a place of its opening minute is already overdue.</summary>
public sealed class DemoCampSeasonTests
{
    private static readonly DemoSize Small = DemoSize.Demo with { Name = "demo-camps", Schools = 3, Pupils = 1_200, JournalSchools = 0 };

    [Fact]
    public void On_every_day_of_two_years_booking_is_open_for_the_coming_summer_and_a_first_minute_place_is_past_its_deadline()
    {
        var calendar = ProductionCalendar.Russian();
        for (var day = new DateOnly(2026, 1, 1); day <= new DateOnly(2027, 12, 31); day = day.AddDays(1))
        {
            var year = DemoCampSeason.Year(day);
            var opens = DemoCampSeason.OpensAt(day, calendar);
            var opening = DemoCampSeason.OpeningDay(day, calendar);
            var season = new CampSeason(year, opens, DemoCampSeason.PaymentWorkingDays, CampSeason.DefaultVoucherWorkingDays);

            Assert.True(season.IsOpen(RegionTime.At(day, TimeOnly.MinValue)), $"{day}: прием откроется {opens}");
            Assert.True(new DateOnly(year, 6, 1) > day, $"{day}: сезон {year} уже начался");
            Assert.True(calendar.AddWorkingDays(opening, DemoCampSeason.PaymentWorkingDays) < day, $"{day}: место первой минуты еще не просрочено");
            Assert.True(calendar.IsWorkingDay(opening));
            Assert.InRange(day.DayNumber - opening.DayNumber, 6, 21);
        }
    }

    [Theory]
    [InlineData("2027-01-12")] // after the New Year holidays
    [InlineData("2027-07-15")] // in summer: next summer's season
    public async Task A_demo_made_on_another_day_has_booking_open_taken_places_equal_to_holdings_and_one_overdue_place(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        using var database = new TestDatabase();
        await using (var seed = database.System())
            new DemoRegionGenerator(Small, today).Generate(seed);
        await using var db = database.System();

        var season = await db.CampSeasons.SingleAsync();
        var applications = await db.CampApplications.ToListAsync();
        var shifts = await db.CampShifts.ToListAsync();

        Assert.Equal(today.Month >= 6 ? today.Year + 1 : today.Year, season.Year);
        Assert.True(season.IsOpen(RegionTime.At(today, TimeOnly.MinValue)));
        Assert.Equal(90, shifts.Count);
        Assert.All(shifts, s => Assert.Equal(applications.Count(a => a.HoldsPlace && a.ShiftId == s.Id), s.Taken));
        Assert.Single(applications, a => a.IsOverdue(today));
        Assert.Contains(applications, a => a.Status == CampApplicationStatus.Reserve);
        Assert.All(applications, a => Assert.True(a.FiledAt < RegionTime.At(today, TimeOnly.MinValue)));
    }
}
