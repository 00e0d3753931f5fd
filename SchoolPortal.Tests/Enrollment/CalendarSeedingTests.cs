using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

public sealed class CalendarSeedingTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_empty_calendar_gets_the_decrees_once_and_an_edited_one_is_left_as_it_is()
    {
        using (var db = _database.System())
            Assert.Equal(RussianCalendarDefaults.CreateDays().Count, await CalendarSeeding.SeedIfEmptyAsync(db));
        using (var db = _database.System())
        {
            var day = await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 12, 31));
            db.CalendarDays.Remove(day);
            await db.SaveChangesAsync();
        }

        using var again = _database.System();
        Assert.Equal(0, await CalendarSeeding.SeedIfEmptyAsync(again));
        Assert.False(await again.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 12, 31)));
        var calendar = ProductionCalendar.FromDays(await again.CalendarDays.ToListAsync());
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 5)));
    }
}
