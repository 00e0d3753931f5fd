using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Jobs;

public sealed class RegionTimeTests
{
    [Fact]
    public void A_moment_is_shown_on_chelyabinsks_clock_whatever_its_offset()
    {
        var utc = new DateTimeOffset(2026, 12, 4, 17, 40, 0, TimeSpan.Zero);

        Assert.Equal("04.12.2026 22:40", RegionTime.Format(utc));
        Assert.Equal("04.12.2026 22:40", RegionTime.Format(utc.ToOffset(TimeSpan.FromHours(3))));
        Assert.Equal("не входил", RegionTime.Format(null, "не входил"));
    }

    [Fact]
    public void Late_evening_utc_is_already_tomorrow_in_the_region()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 4, 20, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 5), RegionTime.Today(clock));
    }

    [Fact]
    public void Counts_use_the_russian_thousands_separator()
    {
        Assert.Matches("^7[\u00A0\u202F ]638$", RussianFormat.Number(7638));
        Assert.Equal("4,50", RussianFormat.Number(4.5m, "0.00"));
    }
}
