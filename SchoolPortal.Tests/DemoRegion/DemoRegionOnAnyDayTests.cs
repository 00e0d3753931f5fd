using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DemoRegion;

/// <summary>
/// The demo made on a day far from <see cref="DemoRegionGenerator.FixedDay"/> is as alive as on it: the README's scenario
/// (teacher1's lessons today, teacher1b's substitution) holds on a Sunday in the winter holidays and on a July day.
/// </summary>
[StartsEarly(8)]
public sealed class DemoRegionOnAnyDayTests
{
    /// <summary>
    /// The demo's districts with half its schools and pupils, every school's journal filled: what is checked here is school 1
    /// and the days, which the region's size does not change; generating it costs half as much.
    /// </summary>
    private static readonly DemoSize HalfTheDemo = DemoSize.Demo with { Name = "demo-half", Schools = 3, Pupils = 1_500, JournalSchools = 3 };

    [Theory]
    [InlineData("2027-01-03")] // a Sunday in the usual winter holidays
    [InlineData("2027-07-15")] // a Thursday in the usual summer holidays
    public async Task Teacher1_has_lessons_today_teacher1b_substitutes_and_the_journal_is_filled_up_to_yesterday(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        using var database = new TestDatabase();
        await using (var seed = database.System())
            new DemoRegionGenerator(HalfTheDemo, today).Generate(seed);
        await using var db = database.System();

        var teacher = await db.UserAccounts.Where(a => a.Login == "teacher1").Select(a => a.EmployeeId).SingleAsync();
        var substitute = await db.UserAccounts.Where(a => a.Login == "teacher1b").Select(a => a.EmployeeId).SingleAsync();
        var lessons = await db.Lessons.Where(l => l.TeacherId == teacher && l.Date == today).OrderBy(l => l.Number).ToListAsync();
        var substitution = await db.Substitutions.SingleAsync(s => s.SchoolId == 1 && s.Date == today);
        var yearId = await db.AcademicYears.Where(y => y.SchoolId == 1).Select(y => y.Id).SingleAsync();
        var periods = await db.StudyPeriods.Where(p => p.AcademicYearId == yearId).OrderBy(p => p.Number).ToListAsync();
        var current = periods.Single(p => p.StartsOn <= today && today <= p.EndsOn);
        var yesterday = await db.Lessons.Where(l => l.Date < today).MaxAsync(l => l.Date);

        Assert.True(lessons.Count >= 2, $"{lessons.Count} lessons of teacher1 on {day}");
        Assert.Equal((lessons[^1].Id, teacher, substitute), (substitution.LessonId, substitution.AbsentTeacherId, substitution.SubstituteTeacherId));
        Assert.False(current.IsClosed);
        Assert.All(periods.Where(p => p.EndsOn < today), p => Assert.True(p.IsClosed));
        Assert.True(await db.FinalMarks.AnyAsync(f => f.StudyPeriodId == periods[0].Id));
        Assert.False(await db.JournalCells.AnyAsync(c => db.Lessons.Any(l => l.Id == c.LessonId && l.Date >= today)));
        Assert.True(await db.JournalCells.AnyAsync(c => db.Lessons.Any(l => l.Id == c.LessonId && l.Date == yesterday)));
        Assert.True(await db.YearEvents.AnyAsync(e => e.Date > today));
        Assert.Equal(today.Month >= 9 ? today.Year : today.Year - 1, (await db.AcademicYears.FirstAsync()).StartYear);
    }
}
